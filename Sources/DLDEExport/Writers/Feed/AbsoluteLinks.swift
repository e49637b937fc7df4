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
                // Most links are plain `https://` ones, which stay as they are.
                if isPlainlyAbsolute(UnsafeBufferPointer(rebasing: bytes[valueStart..<close])) {
                    index = close
                    continue
                }
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

    /// True for a value that `absolute(_:base:)` gives back as it is, told
    /// without parsing it: `http://` or `https://`, a host of letters,
    /// digits, dots and hyphens, then a path and query of URL characters
    /// that need no escaping in HTML, and at most one `#`. (Parsing a URL
    /// with Foundation, per link, was most of the feeds' link pass.) A
    /// value this refuses goes through `absolute(_:base:)`.
    static func isPlainlyAbsolute(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start: Int
        if value.starts(with: "https://".utf8) {
            start = 8
        } else if value.starts(with: "http://".utf8) {
            start = 7
        } else {
            return false
        }
        var index = start
        while index < value.count, hostByte[Int(value[index])] { index += 1 }
        guard index > start else { return false }
        guard index == value.count || value[index] == UInt8(ascii: "/") || value[index] == UInt8(ascii: "?") || value[index] == UInt8(ascii: "#") else { return false }
        var fragment = false
        while index < value.count {
            let byte = value[index]
            if byte == UInt8(ascii: "#") {
                if fragment { return false }
                fragment = true
            } else if !pathByte[Int(byte)] {
                return false
            }
            index += 1
        }
        return true
    }

    private static let hostByte: [Bool] = (0...255).map { byte in
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2D
    }

    /// Unreserved characters, `/`, `?`, `:`, `@` and the sub-delimiters
    /// but `&` (escaped in HTML) and `'`.
    private static let pathByte: [Bool] = (0...255).map { byte in
        hostByte[byte] || "_~/?:@!$()*+,;=".utf8.contains(UInt8(byte))
    }

    /// An attribute value (HTML-escaped) made absolute and escaped again.
    static func absolute(_ escaped: String, base: URL) -> String {
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
