import CCmarkGFM

extension CMarkDocument {
    /// Headings inside a field sit below the page's own headings (an
    /// abstract is under a paper's `<h3>`): every level goes down by
    /// `offset`, at most to 6.
    func demoteHeadings(by offset: Int32) {
        var headings: [(OpaquePointer, Int32)] = []
        walk { node, type in
            if type == CMARK_NODE_HEADING { headings.append((node, cmark_node_get_heading_level(node))) }
        }
        for (node, level) in headings {
            cmark_node_set_heading_level(node, min(level + offset, 6))
        }
    }
}
