/// A value handed to a template: named fields, every one of them declared.
///
/// A name no object of the context declares is an error when the template
/// is rendered (`TemplateLibrary.render`), before anything is written; a
/// declared field with a nil value renders as empty and as a false section.
public final class TemplateObject: TemplateFields {
    /// Every declared field. One dictionary per object.
    private var values: [String: TemplateValue] = [:]

    public init() {}

    /// Declares `key`; a nil value renders as empty and as a false section.
    /// Values: `String`, `Bool`, numbers, `TemplateObject`s, `TemplateRecord`s
    /// and arrays of them.
    public subscript(key: String) -> Any? {
        get { values[key]?.swiftValue }
        set { values[key] = TemplateValue(newValue) }
    }

    /// The declared field names, for messages.
    public var fieldNames: [String] { values.keys.sorted() }

    func field(named name: String) -> TemplateValue? { values[name] }
}
