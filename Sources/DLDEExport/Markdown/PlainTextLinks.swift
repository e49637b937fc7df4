import CCmarkGFM

extension CMarkDocument {
    /// Adds the target of every link and image after its text, as
    /// ` <url>`, so a plain-text rendering keeps it (cmark-gfm's plain-text
    /// renderer prints only the text). Links whose text already is the
    /// target (autolinks, `<https://...>`, `<name@host>`, `www.host`) are
    /// left alone.
    func appendLinkTargets() {
        var targets: [(node: OpaquePointer, url: String)] = []
        walk { node, type in
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let pointer = cmark_node_get_url(node) else { return }
            let url = String(cString: pointer)
            let shown = url.hasPrefix("mailto:") ? String(url.dropFirst("mailto:".count)) : url
            let text = Self.literalText(of: node)
            // GFM autolinks `www.example.org` to `http://www.example.org`.
            if shown.isEmpty || [text, "http://" + text, "https://" + text].contains(shown) { return }
            targets.append((node, shown))
        }
        for (node, url) in targets {
            let text = cmark_node_new(CMARK_NODE_TEXT)
            // A URL is one word: a space in it (possible in `<...>`
            // destinations) would let the wrapper break it.
            cmark_node_set_literal(text, " <" + url.replacingOccurrences(of: " ", with: "%20") + ">")
            cmark_node_insert_after(node, text)
        }
    }

    /// The text a node shows: its text, code and line-break descendants.
    private static func literalText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            } else {
                text += literalText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}

extension MarkdownRenderer {
    /// Renders `markdown` to plain text wrapped at `width` columns, like
    /// `plainText(_:width:)`, with every link's target after its text
    /// (`text <url>`), for mail bodies; quotes, code, tables and headings
    /// laid out in text (`layOutBlocksForPlainText`).
    public static func plainTextWithLinks(_ markdown: String, width: Int) -> String {
        let protected = ProtectedMath(markdown)
        let document = protected.parse()
        document.appendLinkTargets()
        document.layOutBlocksForPlainText(width: width)
        return protected.restore(document.renderPlainText(width: width), with: MathRendering.plain)
    }
}
