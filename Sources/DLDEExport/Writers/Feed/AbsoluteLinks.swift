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
        var output = ""
        var rest = Substring(html)
        while let valueStart = nextValueStart(in: rest) {
            output += rest[..<valueStart]
            guard let close = rest[valueStart...].firstIndex(of: "\"") else {
                rest = rest[valueStart...]
                break
            }
            output += absolute(String(rest[valueStart..<close]), base: baseURL)
            rest = rest[close...]
        }
        output += rest
        return output
    }

    /// Where the value of the next `href` or `src` attribute starts.
    private static func nextValueStart(in text: Substring) -> Substring.Index? {
        [" href=\"", " src=\""].compactMap { text.range(of: $0) }
            .min { $0.lowerBound < $1.lowerBound }?.upperBound
    }

    /// An attribute value (HTML-escaped) made absolute and escaped again.
    private static func absolute(_ escaped: String, base: URL) -> String {
        let value = unescape(escaped)
        if let url = URL(string: value), url.scheme != nil { return escaped }
        guard let resolved = URL(string: value, relativeTo: base)?.absoluteURL.absoluteString else { return escaped }
        return CMarkText.html(resolved)
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text
            .replacingOccurrences(of: "&#x27;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
