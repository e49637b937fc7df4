/// Escapes literal text (not Markdown) for a target with cmark-gfm's own
/// escapers, so one-line fields and Markdown fields are escaped alike.
public enum CMarkText {
    /// `text` escaped for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) { return text }
        let rendered = CMarkDocument(literalText: text).renderHTML()
        return strip(rendered, prefix: "<p>", suffix: "</p>\n")
    }

    /// `text` escaped for LaTeX body text.
    public static func latex(_ text: String) -> String {
        let document = CMarkDocument(literalText: text)
        document.separateLaTeXLigatures()
        let rendered = document.renderLaTeX()
        return rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
    }

    private static func strip(_ text: String, prefix: String, suffix: String) -> String {
        var result = Substring(text)
        if result.hasPrefix(prefix) { result = result.dropFirst(prefix.count) }
        if result.hasSuffix(suffix) { result = result.dropLast(suffix.count) }
        return String(result)
    }
}
