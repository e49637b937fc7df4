import Foundation
import CCmarkGFM

/// Rewrites a parsed document so that cmark-gfm's LaTeX renderer writes
/// LaTeX that compiles in the booklet and stays inside the page. The
/// macros it uses (`\dldebreak`, `\dldewordbreak`, the `dldecode`
/// environment, `\dldecodeline`, `\dldestrikespace`) are defined in
/// templates/partials/markdown.tex. Call after the other renderings: it
/// changes the tree.
extension CMarkDocument {
    /// - Parameter placeholder: the prefix of `ProtectedMath`'s placeholder
    ///   words, never cut (nil when the text has none).
    func prepareForLaTeX(placeholder: String? = nil) {
        cmark_consolidate_text_nodes(root)
        limitListNesting()
        var breaks: [OpaquePointer] = [], codeSpans: [OpaquePointer] = [], codeBlocks: [OpaquePointer] = []
        var texts: [OpaquePointer] = [], lineBreaks: [OpaquePointer] = [], tasks: [OpaquePointer] = []
        var headings: [OpaquePointer] = [], links: [OpaquePointer] = []
        var inTables: Set<OpaquePointer> = []
        var hasExtensionNodes = false
        walk { node, type in
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, Self.isInTableCell(node) { inTables.insert(node) }
            // Tables and strikethrough are the extensions' own node types.
            if !hasExtensionNodes, cmark_node_get_syntax_extension(node) != nil { hasExtensionNodes = true }
            switch type {
            case CMARK_NODE_LINK: links.append(node)
            case CMARK_NODE_THEMATIC_BREAK: breaks.append(node)
            case CMARK_NODE_CODE: codeSpans.append(node)
            case CMARK_NODE_CODE_BLOCK: codeBlocks.append(node)
            case CMARK_NODE_TEXT: texts.append(node)
            case CMARK_NODE_LINEBREAK: lineBreaks.append(node)
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_ITEM where Self.isType(node, "tasklist"): tasks.append(node)
            default: break
            }
        }
        for link in links {
            // A URL reaches `\url`/`\href` as is, where a character the
            // booklet typesets with a macro would break it: such URLs are
            // percent-encoded as in BibTeX's `url` fields (and are then
            // shown as their link text, which breaks like prose).
            let url = Self.literalURL(link)
            let encoded = PercentEncoding.url(url)
            if encoded != url { cmark_node_set_url(link, encoded) }
        }
        if hasExtensionNodes { rewriteTablesForLaTeX() }
        // `\section`: the booklet's text environment makes it a run-in heading.
        for heading in headings { cmark_node_set_heading_level(heading, 1) }
        for node in breaks { replace(node, with: Self.customBlock("\\dldebreak", "")) }
        for node in lineBreaks {
            // `\\` would fail at the start of a paragraph or table cell.
            replace(node, with: Self.customInline("\\leavevmode\\hfil\\break{}", ""))
        }
        let placeholderBytes = placeholder.map { Array($0.utf8) }
        for node in texts {
            var pieces = LaTeXTextPieces(tableCell: inTables.contains(node))
            pieces.longRun = 24
            pieces.placeholder = placeholderBytes
            splitText(node, pieces)
        }
        for node in codeSpans {
            let code = Self.customInline("\\texttt{", "}")
            var pieces = LaTeXTextPieces(tableCell: inTables.contains(node))
            pieces.longRun = 16
            pieces.every = 8
            Self.append(Self.literal(node), to: code, pieces)
            replace(node, with: code)
        }
        for node in codeBlocks { replace(node, with: Self.codeBlock(Self.literal(node))) }
        if hasExtensionNodes { strikeWordByWord() }
        for item in tasks {
            let box = cmark_gfm_extensions_get_tasklist_item_checked(item) ? "$\\boxtimes$\\ " : "$\\square$\\ "
            Self.prepend(Self.customInline(box, ""), to: item)
        }
    }

    /// Adds `{}` inside ligature pairs in every text node (for one-line
    /// fields: see `LaTeXTextPieces`).
    func separateLaTeXLigatures() {
        var texts: [OpaquePointer] = []
        walk { node, type in
            if type == CMARK_NODE_TEXT { texts.append(node) }
        }
        for node in texts { splitText(node, LaTeXTextPieces()) }
    }

    /// A code block as lines of `\dldecodeline{...}` in a `dldecode`
    /// environment: spaces kept, tabs to the next multiple of 4 columns,
    /// long lines broken (cmark-gfm's `verbatim` never breaks a line, and
    /// a line `\end{verbatim}` in it would end it early).
    static func codeBlock(_ literal: String) -> OpaquePointer {
        let block = customBlock("\\begin{dldecode}", "\\end{dldecode}")
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        cmark_node_append_child(block, paragraph)
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var pieces = LaTeXTextPieces(visibleSpaces: true)
        pieces.longRun = 12
        pieces.every = 8
        for (index, line) in lines.enumerated() {
            if index > 0 { cmark_node_append_child(paragraph, cmark_node_new(CMARK_NODE_SOFTBREAK)) }
            let node = customInline("\\dldecodeline{", "}")
            append(expandingTabs(String(line)), to: node, pieces)
            cmark_node_append_child(paragraph, node)
        }
        return block
    }

    static func expandingTabs(_ line: String) -> String {
        guard line.utf8.contains(0x09) else { return line }
        var result = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = 4 - column % 4
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                result.append(character)
                column += 1
            }
        }
        return result
    }

    /// Lists and quotes nested deeper than LaTeX allows (itemize and
    /// enumerate 4 levels each, 6 list environments in all, quotes
    /// included) are flattened: a list's items become paragraphs starting
    /// with their bullet or number, a quote's blocks stay without it.
    /// An ordered list that cmark-gfm would number with the wrong counter
    /// (it counts every enclosing list as an enumerate level) starts at 1.
    func limitListNesting() {
        var flatten: [OpaquePointer] = []
        var counted: [(bullet: Int, ordered: Int, all: Int)] = [(0, 0, 0)]
        var pushed: [Bool] = []
        var renumber: [OpaquePointer] = []
        walkEvents { node, type, event in
            guard type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE else { return }
            if event == CMARK_EVENT_EXIT {
                if pushed.removeLast() { counted.removeLast() }
                return
            }
            var depth = counted.last!
            let ordered = type == CMARK_NODE_LIST && cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            if type == CMARK_NODE_LIST { if ordered { depth.ordered += 1 } else { depth.bullet += 1 } }
            depth.all += 1
            if depth.bullet > 4 || depth.ordered > 4 || depth.all > 6 {
                flatten.append(node)
                pushed.append(false)
            } else {
                counted.append(depth)
                pushed.append(true)
                if ordered, cmark_node_get_list_start(node) > 1, depth.bullet > 0 { renumber.append(node) }
            }
        }
        for list in renumber where Self.enclosingLists(list) != Self.enclosingOrderedLists(list) {
            cmark_node_set_list_start(list, 1)
        }
        for node in flatten {
            if cmark_node_get_type(node) == CMARK_NODE_LIST { Self.flattenList(node) } else { Self.unwrap(node) }
        }
    }

    private static func enclosingLists(_ node: OpaquePointer) -> Int {
        var count = 0
        var current: OpaquePointer? = node
        while let list = current {
            if cmark_node_get_type(list) == CMARK_NODE_LIST { count += 1 }
            current = cmark_node_parent(list)
        }
        return count
    }

    private static func enclosingOrderedLists(_ node: OpaquePointer) -> Int {
        var count = 0
        var current: OpaquePointer? = node
        while let list = current {
            if cmark_node_get_type(list) == CMARK_NODE_LIST, cmark_node_get_list_type(list) == CMARK_ORDERED_LIST { count += 1 }
            current = cmark_node_parent(list)
        }
        return count
    }

    private static func flattenList(_ list: OpaquePointer) {
        let ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST
        var number = Int(cmark_node_get_list_start(list))
        let delimiter = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
        while let item = cmark_node_first_child(list) {
            prepend(customInline(ordered ? "\(number)\(delimiter)\\ " : "\\textbullet\\ ", ""), to: item)
            number += 1
            while let child = cmark_node_first_child(item) {
                cmark_node_insert_before(list, child)
            }
            cmark_node_unlink(item)
            cmark_node_free(item)
        }
        cmark_node_unlink(list)
        cmark_node_free(list)
    }

    /// Puts inline `marker` at the start of list item `item`'s first
    /// paragraph (a new one when the item starts otherwise).
    private static func prepend(_ marker: OpaquePointer, to item: OpaquePointer) {
        if let first = cmark_node_first_child(item), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
            cmark_node_prepend_child(first, marker)
        } else {
            let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
            cmark_node_append_child(paragraph, marker)
            cmark_node_prepend_child(item, paragraph)
        }
    }

    /// Replaces text node `node` by its pieces: text nodes with custom
    /// inlines (raw LaTeX) between them.
    private func splitText(_ node: OpaquePointer, _ rules: LaTeXTextPieces) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
        guard rules.mayCut(bytes) else { return }
        let pieces = rules.pieces(Array(bytes))
        guard pieces.count > 1 else { return }
        var last = node
        cmark_node_set_literal(node, String(decoding: pieces[0].text, as: UTF8.self))
        for (index, piece) in pieces.enumerated() {
            if index > 0, !piece.text.isEmpty {
                let text = cmark_node_new(CMARK_NODE_TEXT)!
                cmark_node_set_literal(text, String(decoding: piece.text, as: UTF8.self))
                cmark_node_insert_after(last, text)
                last = text
            }
            if let raw = piece.raw {
                let group = Self.customInline(raw, "")
                cmark_node_insert_after(last, group)
                last = group
            }
        }
    }

    /// Appends `text`, cut into pieces by `rules`, as children of `parent`.
    private static func append(_ text: String, to parent: OpaquePointer, _ rules: LaTeXTextPieces) {
        for piece in rules.pieces(Array(text.utf8)) {
            if !piece.text.isEmpty {
                let node = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(node, String(decoding: piece.text, as: UTF8.self))
                cmark_node_append_child(parent, node)
            }
            if let raw = piece.raw { cmark_node_append_child(parent, customInline(raw, "")) }
        }
    }

    private func replace(_ node: OpaquePointer, with replacement: OpaquePointer) {
        cmark_node_insert_before(node, replacement)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    static func customInline(_ enter: String, _ exit: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    static func customBlock(_ enter: String, _ exit: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        return node
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func literalURL(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    /// True when `node`'s type is called `name` (`table`, `table_cell`,
    /// `strikethrough`, `tasklist`: the extensions' node types), compared
    /// in place: the walks ask this of every node.
    static func isType(_ node: OpaquePointer, _ name: StaticString) -> Bool {
        guard let type = cmark_node_get_type_string(node) else { return false }
        return name.withUTF8Buffer { expected in
            expected.withMemoryRebound(to: CChar.self) { strncmp(type, $0.baseAddress!, expected.count) == 0 && type[expected.count] == 0 }
        }
    }

    static func isInTableCell(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH { return false }
            if isType(current, "table_cell") { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }
}
