import Mustache

/// A template object whose fields are computed from a value when a template
/// asks for them, by a table of named getters shared by every record of its
/// kind.
///
/// For the large lists of a context (a booklet of 10,000 papers and their
/// authors): a `TemplateObject` stores every field in its own dictionary,
/// built before rendering starts and held until it ends; a record holds only
/// its value. A field's getter runs each time a template looks it up, so
/// getters must be cheap and pure. Like `TemplateObject`, a record declares
/// every field in its table (nil renders as empty) and lets names it does
/// not declare go on to the outer objects.
public final class TemplateRecord<Source>: MustacheParent {
    public typealias Fields = [String: (Source) -> Any?]

    private let source: Source
    private let fields: Fields

    public init(_ source: Source, fields: Fields) {
        self.source = source
        self.fields = fields
    }

    public func child(named name: String) -> Any? {
        guard let field = fields[name] else { return nil }
        return TemplateValue.stored(field(source))
    }
}
