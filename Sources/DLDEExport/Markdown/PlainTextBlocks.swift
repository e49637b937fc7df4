import Foundation
import CCmarkGFM

/// Lays out the blocks that cmark-gfm's plain-text renderer flattens, for
/// mail bodies: each becomes a code block (written as is, indented with
/// its list item) holding its text laid out here. Quotes keep `> ` before
/// every line, code blocks are indented by four spaces, tables are aligned
/// columns (or, wider than the line, one `heading: value` line a cell),
/// level 1 and 2 headings are underlined, thematic breaks are `* * *`.
extension CMarkDocument {
    /// - Parameter width: the wrap width of the rendering (0: no wrapping).
    func layOutBlocksForPlainText(width: Int) {
        // Inner blocks first, so an outer quote holds their layout.
        var blocks: [OpaquePointer] = []
        walkEvents { node, type, event in
            let leaf = type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_THEMATIC_BREAK
            let container = type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_HEADING || Self.isType(node, "table")
            if (leaf && event == CMARK_EVENT_ENTER) || (container && event == CMARK_EVENT_EXIT) { blocks.append(node) }
        }
        for node in blocks {
            let available = width == 0 ? 0 : max(width - Self.indentation(of: node), 20)
            let type = cmark_node_get_type(node)
            let text: String
            if type == CMARK_NODE_CODE_BLOCK {
                text = Self.lines(Self.literal(node)).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            } else if type == CMARK_NODE_THEMATIC_BREAK {
                text = "* * *"
            } else if type == CMARK_NODE_BLOCK_QUOTE {
                let inner = Self.blocksText(of: node, width: available == 0 ? 0 : available - 2)
                text = Self.lines(inner).map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
            } else if type == CMARK_NODE_HEADING {
                let level = cmark_node_get_heading_level(node)
                guard level <= 2 else { continue }
                let title = Self.inlineText(of: node)
                text = title + "\n" + String(repeating: level == 1 ? "=" : "-", count: max(title.count, 3))
            } else {
                text = Self.tableText(node, width: available)
            }
            let block = cmark_node_new(CMARK_NODE_CODE_BLOCK)!
            cmark_node_set_literal(block, text + "\n")
            cmark_node_insert_before(node, block)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The columns list items and quotes around `node` take.
    private static func indentation(of node: OpaquePointer) -> Int {
        var columns = 0
        var parent = cmark_node_parent(node)
        while let current = parent {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_ITEM { columns += 4 }
            if type == CMARK_NODE_BLOCK_QUOTE { columns += 2 }
            parent = cmark_node_parent(current)
        }
        return columns
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The plain text of `node`'s children (blocks), which it loses.
    private static func blocksText(of node: OpaquePointer, width: Int) -> String {
        let holder = cmark_node_new(CMARK_NODE_BLOCK_QUOTE)!
        while let child = cmark_node_first_child(node) { cmark_node_append_child(holder, child) }
        // A quote renders as its blocks; the holder itself adds nothing.
        return plainText(ofDetached: holder, width: width)
    }

    /// The plain text of `node`'s inlines on one line, which it loses; a
    /// table cell's `\|` (the extension's escape) is `|` again.
    private static func inlineText(of node: OpaquePointer) -> String {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        while let child = cmark_node_first_child(node) { cmark_node_append_child(paragraph, child) }
        return plainText(ofDetached: paragraph, width: 0)
            .replacingOccurrences(of: "\\|", with: "|")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func tableText(_ table: OpaquePointer, width: Int) -> String {
        let columns = Int(cmark_gfm_extensions_get_table_columns(table))
        let alignments = cmark_gfm_extensions_get_table_alignments(table)
        var rows: [[String]] = []
        var row = cmark_node_first_child(table)
        while let currentRow = row {
            var cells: [String] = []
            var cell = cmark_node_first_child(currentRow)
            while let currentCell = cell {
                cells.append(inlineText(of: currentCell))
                cell = cmark_node_next(currentCell)
            }
            rows.append(cells + Array(repeating: "", count: max(columns - cells.count, 0)))
            row = cmark_node_next(currentRow)
        }
        guard let header = rows.first else { return "" }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        if width == 0 || widths.reduce(0, +) + 2 * (columns - 1) <= width {
            func line(_ cells: [String]) -> String {
                (0..<columns).map { column -> String in
                    let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                    switch alignments?[column] {
                    case UInt8(ascii: "r"): return padding + cells[column]
                    case UInt8(ascii: "c"):
                        let left = padding.count / 2
                        return String(padding.prefix(left)) + cells[column] + String(padding.dropFirst(left))
                    default: return cells[column] + padding
                    }
                }.joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
            }
            let rule = widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "  ")
            return ([line(header), rule] + rows.dropFirst().map(line)).joined(separator: "\n")
        }
        // Too wide for the line: each row as `heading: value` lines.
        return rows.dropFirst().map { cells in
            (0..<columns).map { header[$0].isEmpty ? cells[$0] : "\(header[$0]): \(cells[$0])" }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
