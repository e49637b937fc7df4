import Foundation

/// How a math span appears in each target.
public enum MathRendering {
    /// An element the HTML can style (`.math.inline` or `.math.display`),
    /// holding the TeX escaped as text, delimiters included, so MathJax or
    /// KaTeX can typeset it and a reader without either still sees the TeX.
    public static func html(_ span: MathSpan) -> String {
        let tex = CMarkText.html(span.tex)
        return span.display
            ? "<span class=\"math display\">\\[\(tex)\\]</span>"
            : "<span class=\"math inline\">\\(\(tex)\\)</span>"
    }

    /// Sanitised TeX in math mode (see `TeXMathSanitizer`). Empty inline
    /// math (`\(\)`) is an empty group: `$$` would start display math.
    public static func latex(_ span: MathSpan) -> String {
        let tex = sanitized.value(for: ExactText(span.tex)) { TeXMathSanitizer.sanitize($0.text) }
        if !span.display, tex.isEmpty { return "{}" }
        return span.display ? "\\[\(tex)\\]" : "$\(tex)$"
    }

    /// Each distinct span's sanitised TeX, made once: workshops repeat
    /// their math (at 10,000 synthetic papers, sanitising every occurrence
    /// was 2 % of `all`'s CPU).
    private static let sanitized = Memo<ExactText, String>()

    /// The span exactly as written.
    public static func plain(_ span: MathSpan) -> String {
        span.source
    }
}
