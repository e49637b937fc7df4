/// A Markdown field: the source as the organisers wrote it, and its
/// renderings, made once when the model is loaded.
public struct MarkdownText: Sendable, Equatable {
    public var source: String
    public var rendered: RenderedText

    public init(_ source: String) {
        self.source = source
        self.rendered = MarkdownRenderer.render(source)
    }
}

/// A one-line text field that may hold inline math (a title), with its
/// renderings.
public struct InlineField: Sendable, Equatable {
    public var source: String
    public var rendered: RenderedText

    public init(_ source: String) {
        self.source = source
        self.rendered = InlineText.render(source)
    }
}
