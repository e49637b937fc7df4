/// Renders Markdown (CommonMark + GFM tables, strikethrough, autolinks,
/// tagfilter, task lists, footnotes) through cmark-gfm, with inline TeX
/// math kept intact.
///
/// Math spans are found first (`MathScanner`) and replaced by inert
/// placeholder words, so Markdown cannot mangle them (`_` and `*` in TeX);
/// cmark-gfm parses the document once; raw HTML is removed from the tree,
/// images become links to them and links inside links their text
/// (`rewriteImagesAndNestedLinks`); the tree is rendered to each target,
/// rewritten before each where the target needs it (footnotes as notes of
/// the field, headings below the page's own, LaTeX that compiles and
/// breaks: `prepareForLaTeX`), and each placeholder is replaced by
/// the target's form of its span (`MathRendering`). In code spans, code
/// blocks and URLs the span goes back to its text as written.
public enum MarkdownRenderer {
    /// Whether `render(_:)` makes the LaTeX form when a field is loaded
    /// (true) or when a writer first asks for it. A run whose writers never
    /// ask (the site without its PDF, the feeds, the mails) sets it to
    /// false and saves a fifth of its loading; either way the text is the same.
    public nonisolated(unsafe) static var rendersLaTeXAtLoad = true

    /// Renders `markdown` to HTML, LaTeX and unwrapped plain text.
    public static func render(_ markdown: String) -> RenderedText {
        render(markdown, latex: rendersLaTeXAtLoad)
    }

    /// Renders `markdown` to HTML and plain text, and to LaTeX now when
    /// `latex` is true (else when it is first read).
    static func render(_ markdown: String, latex makesLaTeX: Bool) -> RenderedText {
        let protected = ProtectedMath(markdown)
        let document = protected.parse()
        // cmark-gfm's plain text writes footnotes as `[^1]` and `[^1]: note`.
        let plain = protected.restore(document.renderPlainText(width: 0), with: MathRendering.plain)
        let footnotes = FootnoteMarkers(document)
        footnotes.show { "<sup>\($0)</sup>" }
        document.demoteHeadings(by: 3)
        let html = protected.restore(document.renderHTML(), with: MathRendering.html)
        guard makesLaTeX else { return RenderedText(html: html, plain: plain, latex: nil, of: markdown) }
        footnotes.show { "\\textsuperscript{\($0)}" }
        document.prepareForLaTeX(placeholder: protected.spans.isEmpty ? nil : protected.prefix)
        let latex = protected.restore(document.renderLaTeX(), with: MathRendering.latex)
        return RenderedText(html: html, plain: plain, latex: latex, of: markdown)
    }

    /// Renders `markdown` to plain text wrapped at `width` columns (for email).
    public static func plainText(_ markdown: String, width: Int) -> String {
        let protected = ProtectedMath(markdown)
        let document = protected.parse()
        document.layOutBlocksForPlainText(width: width)
        return protected.restore(document.renderPlainText(width: width), with: MathRendering.plain)
    }
}

/// Markdown source with its math spans swapped for placeholder words.
struct ProtectedMath {
    let text: String
    let spans: [MathSpan]
    let prefix: String

    init(_ markdown: String) {
        let segments = MathScanner.segments(markdown)
        guard segments.count > 1 || segments.first.map({ if case .math = $0 { return true } else { return false } }) == true else {
            // No math: nothing to protect.
            self.prefix = "dldemath"
            self.text = markdown
            self.spans = []
            return
        }
        var prefix = "dldemath"
        while markdown.containsBytes(prefix) { prefix += "q" }
        self.prefix = prefix
        var text = ""
        var spans: [MathSpan] = []
        for segment in segments {
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
        document.rewriteImagesAndNestedLinks()
        if !spans.isEmpty {
            document.rewriteVerbatim { restore($0, with: MathRendering.plain) }
        }
        return document
    }

    /// Replaces every placeholder in `rendered` by `form(span)`.
    func restore(_ rendered: String, with form: (MathSpan) -> String) -> String {
        guard !spans.isEmpty else { return rendered }
        var rendered = rendered
        let marker = Array(prefix.utf8)
        return rendered.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + spans.count * 16)
            var index = 0
            var copiedUpTo = 0
            while index + marker.count < bytes.count {
                // Placeholders are found with `memmem` (`firstIndex(of:from:)`).
                guard let found = bytes.firstIndex(of: marker, from: index), found + marker.count < bytes.count else { break }
                index = found
                var end = index + marker.count
                var number = 0
                while end < bytes.count, (0x30...0x39).contains(bytes[end]), number < spans.count {
                    number = number * 10 + Int(bytes[end] - 0x30)
                    end += 1
                }
                if end > index + marker.count, end < bytes.count, bytes[end] == UInt8(ascii: "z"), number < spans.count {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
                    result += form(spans[number]).utf8
                    index = end + 1
                    copiedUpTo = index
                } else {
                    index += 1
                }
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
            return String(decoding: result, as: UTF8.self)
        }
    }
}
