import CCmarkGFM
import Foundation

/// A parsed cmark-gfm document. Owns the C parser and node tree and frees them
/// exactly once; every `cmark_render_*` result is copied into a Swift `String`
/// and freed here, nowhere else.
final class CMarkDocument {
    private let parser: OpaquePointer
    let root: OpaquePointer

    /// Options used for parsing and every renderer: raw HTML is never passed
    /// through (no `CMARK_OPT_UNSAFE`), invalid UTF-8 is replaced, GFM
    /// footnotes are parsed (see `FootnoteMarkers`).
    static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES

    /// HTML also writes table alignment as `style="text-align: ..."`: the
    /// `align` attribute is obsolete in HTML5.
    static let htmlOptions: Int32 = options | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// The GFM extensions every Markdown field is parsed with: all that
    /// GitHub renders (docs/input-format.md, "Markdown").
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the extensions and readies the parse lock, once, with
    /// the extensions of `extensionNames` that this cmark-gfm has.
    static let parseLock: CMarkParseLock = {
        cmark_gfm_core_extensions_ensure_registered()
        return CMarkParseLock(extensions: extensionNames.compactMap { cmark_find_syntax_extension($0) }, options: options)
    }()

    /// Parses `markdown` with the GFM extensions.
    ///
    /// Parses run side by side, but for documents holding a character whose
    /// flag cmark-gfm still switches in a process-global table while it
    /// parses (`CMarkParseLock`).
    init(markdown: String) {
        let lock = Self.parseLock
        var source = markdown
        (parser, root) = source.withUTF8 { bytes in
            lock.run(source: bytes) { () -> (OpaquePointer, OpaquePointer) in
                let parser: OpaquePointer = cmark_parser_new(Self.options)
                for ext in lock.extensions {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
                return (parser, cmark_parser_finish(parser))
            }
        }
    }

    /// A document holding one paragraph with one text node: rendering it
    /// escapes `text` for a target without interpreting it as Markdown.
    init(literalText text: String) {
        _ = Self.parseLock
        parser = cmark_parser_new(Self.options)
        root = cmark_node_new(CMARK_NODE_DOCUMENT)
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)
        let textNode = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(textNode, text)
        cmark_node_append_child(paragraph, textNode)
        cmark_node_append_child(root, paragraph)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Removes raw HTML (block and inline) from the tree, so that no renderer
    /// passes it on and every target drops it alike.
    func removeRawHTML() {
        var doomed: [OpaquePointer] = []
        walk { node, type in
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                doomed.append(node)
            }
        }
        for node in doomed {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Rewrites the literal text of code spans and code blocks, and the URLs
    /// and titles of links and images: the places where text is shown as
    /// written rather than as prose.
    func rewriteVerbatim(_ transform: (String) -> String) {
        walk { node, type in
            switch type {
            case CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) {
                    let old = String(cString: literal)
                    let new = transform(old)
                    if new != old { cmark_node_set_literal(node, new) }
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let url = cmark_node_get_url(node) {
                    let old = String(cString: url)
                    let new = transform(old)
                    if new != old { cmark_node_set_url(node, new) }
                }
                if let title = cmark_node_get_title(node) {
                    let old = String(cString: title)
                    let new = transform(old)
                    if new != old { cmark_node_set_title(node, new) }
                }
            default:
                break
            }
        }
    }

    /// HTML, with the tagfilter extension applied at render time.
    func renderHTML() -> String {
        Self.take(cmark_render_html(root, Self.htmlOptions, cmark_parser_get_syntax_extensions(parser)))
    }

    /// LaTeX body text (no preamble), unwrapped.
    func renderLaTeX() -> String {
        Self.take(cmark_render_latex(root, Self.options, 0))
    }

    /// Plain text, wrapped at `width` columns (0: no wrapping).
    func renderPlainText(width: Int) -> String {
        Self.take(cmark_render_plaintext(root, Self.options, Int32(width)))
    }

    /// Plain text of the block `node` taken out of the tree: the node is
    /// moved into a document of its own, rendered at `width` columns and
    /// freed with it.
    static func plainText(ofDetached node: OpaquePointer, width: Int) -> String {
        let document = cmark_node_new(CMARK_NODE_DOCUMENT)!
        cmark_node_unlink(node)
        cmark_node_append_child(document, node)
        defer { cmark_node_free(document) }
        return take(cmark_render_plaintext(document, options, Int32(width)))
    }

    private static func take(_ rendered: UnsafeMutablePointer<CChar>?) -> String {
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    func walk(_ visit: (OpaquePointer, cmark_node_type) -> Void) {
        walkEvents { node, type, event in
            if event == CMARK_EVENT_ENTER { visit(node, type) }
        }
    }

    /// Every node as it is entered and, for nodes with children, left.
    func walkEvents(_ visit: (OpaquePointer, cmark_node_type, cmark_event_type) -> Void) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(node, cmark_node_get_type(node), event)
        }
    }
}
