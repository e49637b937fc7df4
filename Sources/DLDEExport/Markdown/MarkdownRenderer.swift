/// Renders Markdown (CommonMark + GFM tables, strikethrough, autolinks,
/// tagfilter) through cmark-gfm, with inline TeX math kept intact.
///
/// Math spans are found first (`MathScanner`) and replaced by inert
/// placeholder words, so Markdown cannot mangle them (`_` and `*` in TeX);
/// cmark-gfm parses the document once; raw HTML is removed from the tree;
/// the tree is rendered to each target and each placeholder is replaced by
/// the target's form of its span (`MathRendering`). In code spans, code
/// blocks and URLs the span goes back to its text as written.
public enum MarkdownRenderer {
    /// Renders `markdown` to HTML, LaTeX and unwrapped plain text.
    public static func render(_ markdown: String) -> RenderedText {
        let protected = ProtectedMath(markdown)
        let document = protected.parse()
        return RenderedText(
            html: protected.restore(document.renderHTML(), with: MathRendering.html),
            latex: protected.restore(document.renderLaTeX(), with: MathRendering.latex),
            plain: protected.restore(document.renderPlainText(width: 0), with: MathRendering.plain)
        )
    }

    /// Renders `markdown` to plain text wrapped at `width` columns (for email).
    public static func plainText(_ markdown: String, width: Int) -> String {
        let protected = ProtectedMath(markdown)
        let document = protected.parse()
        return protected.restore(document.renderPlainText(width: width), with: MathRendering.plain)
    }
}

/// Markdown source with its math spans swapped for placeholder words.
struct ProtectedMath {
    let text: String
    let spans: [MathSpan]
    let prefix: String

    init(_ markdown: String) {
        var prefix = "dldemath"
        while markdown.contains(prefix) { prefix += "q" }
        self.prefix = prefix
        var text = ""
        var spans: [MathSpan] = []
        for segment in MathScanner.segments(markdown) {
            switch segment {
            case .text(let prose):
                text += prose
            case .math(let span):
                text += "\(prefix)\(spans.count)z"
                spans.append(span)
            }
        }
        self.text = text
        self.spans = spans
    }

    func parse() -> CMarkDocument {
        let document = CMarkDocument(markdown: text)
        document.removeRawHTML()
        if !spans.isEmpty {
            document.rewriteVerbatim { restore($0, with: MathRendering.plain) }
        }
        return document
    }

    /// Replaces every placeholder in `rendered` by `form(span)`.
    func restore(_ rendered: String, with form: (MathSpan) -> String) -> String {
        guard !spans.isEmpty, rendered.contains(prefix) else { return rendered }
        var result = ""
        var rest = Substring(rendered)
        while let range = rest.range(of: prefix) {
            result += rest[..<range.lowerBound]
            let afterPrefix = rest[range.upperBound...]
            let digits = afterPrefix.prefix { $0.isASCII && $0.isNumber }
            let afterDigits = afterPrefix[digits.endIndex...]
            if !digits.isEmpty, afterDigits.first == "z", let number = Int(digits), number < spans.count {
                result += form(spans[number])
                rest = afterDigits.dropFirst()
            } else {
                result += prefix
                rest = afterPrefix
            }
        }
        result += rest
        return result
    }
}
