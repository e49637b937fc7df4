import Mustache

/// Escaping for LaTeX templates (`{{% CONTENT_TYPE: LATEX}}`): every
/// `{{value}}` is escaped by cmark-gfm's LaTeX escaper, like Markdown text.
struct LaTeXContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        CMarkText.latex(text)
    }
}

enum TemplateContentTypes {
    /// Registers `LATEX` with swift-mustache (`TEXT` and `HTML` are built in).
    static let registered: Void = {
        MustacheContentTypes.register(LaTeXContentType(), named: "LATEX")
    }()
}
