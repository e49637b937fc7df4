import CCmarkGFM

extension CMarkDocument {
    /// Replaces every GFM table by a custom block that writes the same
    /// `table`/`tabular` as cmark-gfm's table extension, with the cells'
    /// inlines moved into custom inlines: the extension allows only some
    /// inline types in a cell, so the raw LaTeX pieces of `prepareForLaTeX`
    /// (break points, code, bars) could not go there.
    func rewriteTablesForLaTeX() {
        var tables: [OpaquePointer] = []
        walk { node, _ in
            if Self.isType(node, "table") { tables.append(node) }
        }
        for table in tables {
            let columns = Int(cmark_gfm_extensions_get_table_columns(table))
            let alignments = cmark_gfm_extensions_get_table_alignments(table)
            let spec = (0..<columns).map { index -> String in
                switch alignments?[index] {
                case UInt8(ascii: "c"): return "c"
                case UInt8(ascii: "r"): return "r"
                default: return "l"
                }
            }.joined()
            let block = Self.customBlock("\\begin{table}\n\\begin{tabular}{\(spec)}", "\\end{tabular}\n\\end{table}")
            let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
            cmark_node_append_child(block, paragraph)
            var row = cmark_node_first_child(table)
            while let currentRow = row {
                var cell = cmark_node_first_child(currentRow)
                var index = 0
                while let currentCell = cell {
                    let container = Self.customInline(index == 0 ? "" : " & ", "")
                    while let child = cmark_node_first_child(currentCell) {
                        cmark_node_append_child(container, child)
                    }
                    cmark_node_append_child(paragraph, container)
                    index += 1
                    cell = cmark_node_next(currentCell)
                }
                cmark_node_append_child(paragraph, Self.customInline(" \\\\\n", ""))
                row = cmark_node_next(currentRow)
            }
            cmark_node_insert_before(table, block)
            cmark_node_unlink(table)
            cmark_node_free(table)
        }
    }
}
