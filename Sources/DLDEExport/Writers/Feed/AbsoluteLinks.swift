import Foundation

/// Makes every `href` and `src` in HTML from cmark-gfm (or from this
/// folder) absolute, resolved against the workshop's site: feed readers
/// show entries away from the site, where relative links break.
enum AbsoluteLinks {
    /// `html` with relative `href="…"`/`src="…"` values resolved against
    /// `base`. Raw HTML is dropped by the Markdown layer, so these attributes
    /// only occur in tags it generated, and a `"` in text is always `&quot;`.
    static func resolve(_ html: String, against base: String) -> String {
        guard let baseURL = URL(string: base) else { return html }
        // One pass over the bytes: long entries (10,000 accepted papers) hold
        // tens of thousands of links, so no search may restart from the top.
        // The text is copied only from its first relative link on: an
        // entry whose links are all absolute is returned as it is.
        var html = html
        let resolved: [UInt8]? = html.withUTF8 { bytes in
            var output: [UInt8]?
            var index = 0
            var copied = 0
            while index < bytes.count {
                guard bytes[index] == 0x20,
                      let pattern = patterns.first(where: { index + $0.count <= bytes.count && bytes[index..<(index + $0.count)].elementsEqual($0) }) else {
                    index += 1
                    continue
                }
                let valueStart = index + pattern.count
                guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                let value = String(decoding: bytes[valueStart..<close], as: UTF8.self)
                let absolute = absolute(value, base: baseURL)
                if output != nil || !absolute.hasSameBytes(as: value) {
                    if output == nil {
                        output = []
                        output!.reserveCapacity(bytes.count + 1024)
                    }
                    output! += bytes[copied..<valueStart]
                    output! += absolute.utf8
                    copied = close
                }
                index = close
            }
            guard var output else { return nil }
            output += bytes[copied...]
            return output
        }
        return resolved.map { String(decoding: $0, as: UTF8.self) } ?? html
    }

    private static let patterns = [Array(" href=\"".utf8), Array(" src=\"".utf8)]

    /// An attribute value (HTML-escaped) made absolute and escaped again.
    private static func absolute(_ escaped: String, base: URL) -> String {
        let value = CMarkText.unescapeHTML(escaped)
        if let url = URL(string: value), url.scheme != nil { return escaped }
        // An empty reference is the page itself; a reference Foundation
        // cannot parse (`foo):`, a colon in its first segment) is resolved
        // with its characters outside a path's set percent-encoded.
        if value.isEmpty { return CMarkText.html(base.absoluteString) }
        let encoded = value.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters)
        guard let resolved = (URL(string: value, relativeTo: base) ?? encoded.flatMap { URL(string: $0, relativeTo: base) })?
            .absoluteURL.absoluteString else { return escaped }
        return CMarkText.html(resolved)
    }

    private static let pathCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: ":"))
}
