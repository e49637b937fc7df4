/// A compiled template: what `MustacheParser` makes of a template's text once,
/// and `MustacheRenderer` runs for every rendering.
enum MustacheNode: Sendable {
    /// Text copied as it is, as UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped for the content type in force where it stands) or
    /// `{{{name}}}` / `{{&name}}` (`.raw`).
    case value(MustacheName, MustacheEscaping)
    /// `{{#name}}...{{/name}}`.
    case section(MustacheName, [MustacheNode])
    /// `{{^name}}...{{/name}}`.
    case inverted(MustacheName, [MustacheNode])
    /// `{{> name}}`: the template at `index` in the library; `indentation`
    /// is the whitespace before a standalone partial tag (nil when the tag
    /// is not alone on its line), put before every line the partial writes.
    case partial(index: Int?, indentation: [UInt8]?)
}

/// A name as a tag writes it, split at its dots, with its place in the
/// library (`site`: a number for every tag that looks a name up, so a
/// rendering can remember where each tag found its field). A class: a tag
/// is read at every rendering of every record, and one reference is
/// cheaper to pass around than its strings.
final class MustacheName: Sendable {
    /// The name as written (for messages).
    let text: String
    /// The parts between dots; empty for `.` (the current object).
    let parts: [String]
    /// `parts.first`, kept: read for every lookup.
    let first: String?
    /// `.name`: looked up in the current object only.
    let isRelative: Bool
    let site: Int

    init(_ text: String, site: Int) {
        self.text = text
        self.parts = text.split(separator: ".").map(String.init)
        self.first = parts.first
        self.isRelative = text.first == "."
        self.site = site
    }
}

/// How a `{{value}}` is written, fixed when the template is compiled by the
/// `{{% CONTENT_TYPE: ...}}` pragma in force where the tag stands (HTML
/// where none is; a partial starts again with HTML).
enum MustacheEscaping: Sendable {
    case html, latex, text, raw

    /// The content types a pragma may name.
    static func named(_ name: String) -> MustacheEscaping? {
        switch name {
        case "HTML": return .html
        case "LATEX": return .latex
        case "TEXT": return .text
        default: return nil
        }
    }
}
