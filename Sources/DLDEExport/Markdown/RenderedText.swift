import Foundation

/// A text field rendered once for every target.
public struct RenderedText: Sendable, Equatable {
    /// HTML: safe to insert into a page as is.
    public var html: String {
        didSet { hasImages = html.containsBytes("<img") }
    }
    /// Whether `html` shows an image (`<img`), found once whenever it is
    /// set: writers that turn images into links ask for every page.
    private(set) var hasImages: Bool
    /// Plain text, unwrapped, math as written.
    public var plain: String
    private var latexForm: LaTeXForm

    /// LaTeX body text: safe to insert into a document as is.
    public var latex: String {
        switch latexForm {
        case .made(let latex): return latex
        case .ofMarkdown(let form): return form.latex
        }
    }

    public init(html: String, latex: String, plain: String) {
        self.html = html
        self.hasImages = html.containsBytes("<img")
        self.plain = plain
        self.latexForm = .made(latex)
    }

    /// A rendering of `markdown` whose LaTeX is `latex`, or made from
    /// `markdown` when first read when it is nil
    /// (`MarkdownRenderer.rendersLaTeXAtLoad`); the run may let go of it
    /// (`releaseLaTeX()`).
    init(html: String, plain: String, latex: String?, of markdown: String) {
        self.html = html
        self.hasImages = html.containsBytes("<img")
        self.plain = plain
        self.latexForm = .ofMarkdown(MarkdownLaTeX(markdown: markdown, latex: latex))
    }

    public static let empty = RenderedText(html: "", latex: "", plain: "")

    /// Lets go of the LaTeX when it was made from Markdown (read again, it
    /// is made again); fixed LaTeX (titles) is kept.
    func releaseLaTeX() {
        if case .ofMarkdown(let form) = latexForm { form.release() }
    }

    /// Whether LaTeX made from Markdown is held now (`releaseLaTeX()`
    /// lets go of it); false for fixed LaTeX (titles).
    var keepsMarkdownLaTeX: Bool {
        if case .ofMarkdown(let form) = latexForm { return form.isKept }
        return false
    }

    /// Equal renderings; two LaTeX forms made from Markdown are compared by
    /// their Markdown (the LaTeX is a function of it), so comparing never
    /// makes them.
    public static func == (lhs: RenderedText, rhs: RenderedText) -> Bool {
        guard lhs.html == rhs.html && lhs.plain == rhs.plain else { return false }
        if case .ofMarkdown(let left) = lhs.latexForm, case .ofMarkdown(let right) = rhs.latexForm, left.markdown == right.markdown { return true }
        return lhs.latex == rhs.latex
    }

    private enum LaTeXForm: Sendable {
        case made(String)
        case ofMarkdown(MarkdownLaTeX)
    }
}
