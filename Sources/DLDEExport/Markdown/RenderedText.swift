/// A text field rendered once for every target.
public struct RenderedText: Sendable, Equatable {
    /// HTML: safe to insert into a page as is.
    public var html: String
    /// LaTeX body text: safe to insert into a document as is.
    public var latex: String
    /// Plain text, unwrapped, math as written.
    public var plain: String

    public init(html: String, latex: String, plain: String) {
        self.html = html
        self.latex = latex
        self.plain = plain
    }

    public static let empty = RenderedText(html: "", latex: "", plain: "")
}
