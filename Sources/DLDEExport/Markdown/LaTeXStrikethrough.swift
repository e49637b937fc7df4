import CCmarkGFM

extension CMarkDocument {
    /// Strikethrough as one `\sout{...}` box per word, with struck glue
    /// (`\dldestrikespace`) between words, instead of cmark-gfm's single
    /// `\sout{...}` around everything: a box never breaks, so a long struck
    /// passage would run into the margin. Call after the text is split
    /// into pieces (`prepareForLaTeX`), so the pieces of a long word are
    /// boxes with break points between them.
    func strikeWordByWord() {
        var struck: [OpaquePointer] = []
        walk { node, _ in
            if Self.isType(node, "strikethrough") { struck.append(node) }
        }
        guard !struck.isEmpty else { return }
        var texts: [OpaquePointer] = []
        walk { node, type in
            if type == CMARK_NODE_TEXT, Self.hasStrikethroughAncestor(node) { texts.append(node) }
        }
        for text in texts {
            let words = Self.literal(text).split(separator: " ", omittingEmptySubsequences: false)
            for (index, word) in words.enumerated() {
                if index > 0 { cmark_node_insert_before(text, Self.customInline("\\dldestrikespace{}", "")) }
                guard !word.isEmpty else { continue }
                let box = Self.customInline("\\sout{", "}")
                let piece = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(piece, String(word))
                cmark_node_append_child(box, piece)
                cmark_node_insert_before(text, box)
            }
            cmark_node_unlink(text)
            cmark_node_free(text)
        }
        for node in struck {
            Self.unwrap(node)
        }
    }

    private static func hasStrikethroughAncestor(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if isType(current, "strikethrough") { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }
}
