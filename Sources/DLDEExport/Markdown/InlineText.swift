/// Renders a one-line text field (a title, a name) that is not Markdown but
/// may hold inline TeX math: prose is escaped for the target, math spans are
/// rendered as in Markdown fields.
public enum InlineText {
    /// Brace markup (`BraceMarkup`) is taken out of the prose: `{GRAND}`
    /// reads as GRAND, `\{` as a brace; math keeps its braces.
    public static func render(_ text: String) -> RenderedText {
        let segments = MathScanner.segments(text)
        var allProse = ""
        for case .text(let prose) in segments { allProse += prose }
        let balanced = BraceMarkup.balances(allProse)
        var html = "", latex = "", plain = ""
        for segment in segments {
            switch segment {
            case .text(let written):
                let prose = BraceMarkup.display(written, balanced: balanced)
                html += CMarkText.html(prose)
                latex += CMarkText.latex(prose)
                plain += prose
            case .math(let span):
                html += MathRendering.html(span)
                latex += MathRendering.latex(span)
                plain += MathRendering.plain(span)
            }
        }
        return RenderedText(html: html, latex: latex, plain: plain)
    }
}
