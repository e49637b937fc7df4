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
        case .later(_, let deferred): return deferred.value
        }
    }

    public init(html: String, latex: String, plain: String) {
        self.html = html
        self.hasImages = html.containsBytes("<img")
        self.plain = plain
        self.latexForm = .made(latex)
    }

    /// A rendering whose LaTeX is made from `markdown` when first asked for
    /// (`MarkdownRenderer.rendersLaTeXAtLoad`).
    init(html: String, plain: String, latexOf markdown: String) {
        self.html = html
        self.hasImages = html.containsBytes("<img")
        self.plain = plain
        self.latexForm = .later(markdown: markdown, Lazy { MarkdownRenderer.render(markdown, latex: true).latex })
    }

    public static let empty = RenderedText(html: "", latex: "", plain: "")

    /// Equal renderings; two LaTeX forms not made yet are compared by
    /// their Markdown (the LaTeX is a function of it), so comparing never
    /// makes them.
    public static func == (lhs: RenderedText, rhs: RenderedText) -> Bool {
        guard lhs.html == rhs.html && lhs.plain == rhs.plain else { return false }
        if case .later(let left, _) = lhs.latexForm, case .later(let right, _) = rhs.latexForm, left == right { return true }
        return lhs.latex == rhs.latex
    }

    private enum LaTeXForm: Sendable {
        case made(String)
        /// Made from `markdown` by the first thread that reads it.
        case later(markdown: String, Lazy<String>)
    }
}
