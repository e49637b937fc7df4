import CCmarkGFM

extension CMarkDocument {
    /// Makes every image a link to the image with the alt text as its
    /// text (`[image]` when there is none), so no output fetches or embeds
    /// a remote file; an image inside a link becomes its alt text alone.
    /// Then removes every link inside a link (keeping its text), which
    /// GFM's autolinks can produce (`[www.a.org](b)`) and HTML forbids,
    /// and every link to a web address whose host is empty or has an empty
    /// label (`http://../`), which no browser can follow and the HTML
    /// checker rejects.
    func rewriteImagesAndNestedLinks() {
        var images: [OpaquePointer] = []
        walk { node, type in
            if type == CMARK_NODE_IMAGE { images.append(node) }
        }
        for image in images {
            if Self.hasLinkAncestor(image) {
                Self.unwrap(image)
                continue
            }
            let link = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(link, cmark_node_get_url(image))
            cmark_node_set_title(link, cmark_node_get_title(image))
            while let child = cmark_node_first_child(image) {
                cmark_node_append_child(link, child)
            }
            if cmark_node_first_child(link) == nil {
                let text = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(text, "[image]")
                cmark_node_append_child(link, text)
            }
            cmark_node_insert_before(image, link)
            cmark_node_unlink(image)
            cmark_node_free(image)
        }
        var nested: [OpaquePointer] = []
        walk { node, type in
            guard type == CMARK_NODE_LINK else { return }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if Self.hasLinkAncestor(node) || Self.hasInvalidHost(url) { nested.append(node) }
        }
        nested.forEach(Self.unwrap)
    }

    /// True for `http`, `https` and `ftp` URLs whose host is empty or has
    /// an empty label (a final dot aside).
    static func hasInvalidHost(_ url: String) -> Bool {
        let lowered = url.lowercased()
        guard let scheme = ["http://", "https://", "ftp://"].first(where: { lowered.hasPrefix($0) }) else { return false }
        var host = lowered.dropFirst(scheme.count).prefix { !"/?#\\".contains($0) }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("[") { return false }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        if host.hasSuffix(".") { host = host.dropLast() }
        return host.isEmpty || host.split(separator: ".", omittingEmptySubsequences: false).contains { $0.isEmpty }
    }

    static func hasLinkAncestor(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_LINK { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// Puts `node`'s children in its place and frees it.
    static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}
