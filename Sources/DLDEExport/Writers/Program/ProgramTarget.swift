import Foundation

/// The two forms of the program. Context builders take the target and give
/// already-rendered text under `<name>_html` or `<name>_latex`; plain values
/// keep their names and are escaped by the template's content type.
public enum ProgramTarget: Sendable {
    case html
    case latex

    /// The key of an already-rendered value: `title` → `title_html`.
    func renderedKey(_ name: String) -> String {
        switch self {
        case .html: return name + "_html"
        case .latex: return name + "_latex"
        }
    }

    /// A Markdown or inline field rendered for this target. In HTML, images
    /// become links to them, so the page never fetches anything.
    func rendered(_ text: RenderedText) -> String {
        switch self {
        case .html: return text.hasImages ? Self.imagesAsLinks(text.html) : text.html
        case .latex: return text.latex
        }
    }

    /// Plain text escaped for this target (for values built into rendered ones).
    func escaped(_ text: String) -> String {
        switch self {
        case .html: return CMarkText.html(text)
        case .latex: return CMarkText.latex(text)
        }
    }

    /// Declares a link on `object`: for HTML the URL as `url` (characters a
    /// URL may not hold percent-encoded, `PercentEncoding.url`, so the Nu
    /// checker accepts every `href`; then escaped by the template); for LaTeX `\href{URL}` with the URL made safe, as
    /// `href_latex` (`<name>_href_latex` for other names), to be followed by
    /// the link text in braces. Only http(s) and mailto URLs become links.
    func setLink(_ url: String?, on object: TemplateObject, as name: String = "url") {
        object.set(linkKey(name), text: link(url))
    }

    /// The key `setLink` declares for a link named `name`.
    func linkKey(_ name: String = "url") -> String {
        switch self {
        case .html: return name
        case .latex: return name == "url" ? "href_latex" : name + "_href_latex"
        }
    }

    /// The value `setLink` gives a link to `url`: nil unless it is an
    /// http(s) or mailto URL.
    func link(_ url: String?) -> String? {
        guard let url, Self.isLinkable(url) else { return nil }
        switch self {
        case .html: return PercentEncoding.url(url)
        case .latex: return "\\href{" + LaTeXURL.escape(url) + "}"
        }
    }

    /// `<img src="U" alt="A" />` (cmark-gfm's form, attributes already
    /// escaped) as `<a href="U">[image: A]</a>`.
    static func imagesAsLinks(_ html: String) -> String {
        let image = try! NSRegularExpression(pattern: #"<img src="([^"]*)" alt="([^"]*)"[^>]*>"#)
        let range = NSRange(html.startIndex..., in: html)
        return image.stringByReplacingMatches(in: html, range: range, withTemplate: #"<a class="image" href="$1">[image: $2]</a>"#)
    }

    private static let linkablePrefixes = ["https://", "http://", "mailto:"]

    static func isLinkable(_ url: String) -> Bool {
        // A URL starting in ASCII (they all do): compared by bytes, with
        // ASCII letters folded, which is what lower-casing does to them.
        if url.utf8.prefix(9).allSatisfy({ $0 < 0x80 }) {
            return linkablePrefixes.contains { prefix in
                url.utf8.count >= prefix.utf8.count
                    && zip(url.utf8, prefix.utf8).allSatisfy { byte, wanted in (0x41...0x5A).contains(byte) ? byte + 0x20 == wanted : byte == wanted }
            }
        }
        let lower = url.lowercased()
        return linkablePrefixes.contains { lower.hasPrefix($0) }
    }
}

/// URLs inside `\href{...}` and `\url{...}`.
enum LaTeXURL {
    /// Percent-encodes what hyperref cannot take literally (non-ASCII,
    /// braces, backslash, spaces...) and escapes `%` and `#`.
    static func escape(_ url: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count + 16)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "#"):
                out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
                 UInt8(ascii: "~"), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: " "):
                appendEncoded(byte, to: &out)
            case 0x21...0x7E:
                out.append(byte)
            default:
                appendEncoded(byte, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `\%XX`: the byte percent-encoded (upper-case hex), its `%` escaped.
    private static func appendEncoded(_ byte: UInt8, to out: inout [UInt8]) {
        out += [UInt8(ascii: "\\"), UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
    }
}
