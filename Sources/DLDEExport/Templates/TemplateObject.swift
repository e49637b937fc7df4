import Mustache

/// A value handed to a template: named fields, every one of them declared.
///
/// swift-mustache renders a name it cannot find as empty text. A template
/// context built of `TemplateObject`s tells known-but-empty fields (declared
/// with a nil value) from names no object declares: the root object, which
/// mustache consults last for every name, records those, and
/// `TemplateLibrary.render` turns them into an error before anything is
/// written.
public final class TemplateObject: MustacheParent {
    /// Every declared field; a declared field without a value holds `TemplateNull`.
    /// One dictionary per object: a 10,000-paper booklet builds some 100,000 of them.
    private var values: [String: Any] = [:]
    /// Set on the root object while it is rendered.
    var misses: TemplateMisses?

    public init() {}

    /// Declares `key`; a nil value renders as empty and as a false section.
    public subscript(key: String) -> Any? {
        get {
            switch values[key] {
            case let text as TemplateText: return text.text
            case is TemplateNull: return nil
            case let value: return value
            }
        }
        set { values[key] = TemplateValue.stored(newValue) }
    }

    /// The declared field names, for messages.
    public var fieldNames: [String] { values.keys.sorted() }

    public func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        misses?.record(name)
        return nil
    }
}

/// How template objects hold a value for swift-mustache.
enum TemplateValue {
    /// A `String` as `TemplateText`, nil as `TemplateNull`, others as they are.
    static func stored(_ value: Any?) -> Any {
        switch value {
        case let text as String: return TemplateText(text: text)
        case nil: return TemplateNull()
        case let value?: return value
        }
    }
}

/// A text field. swift-mustache renders a bare `String` only after trying
/// several protocol casts and `String(describing:)` (a few microseconds a
/// tag, tens of thousands of tags a booklet); a custom renderable is found by
/// the second cast. As a section's object it names no fields (lookups go on
/// to the outer objects, as for a `String`) and it takes the transforms a
/// `String` takes (`{{uppercased(title)}}`).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String
    var renderText: String { text }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// A declared field without a value: renders as empty text and a false
/// section, and stops mustache from looking the name up in outer objects.
struct TemplateNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// Names a render looked up that no object declares.
final class TemplateMisses {
    private(set) var names: [String] = []

    func record(_ name: String) {
        // `.` is the current item of a list; mustache asks for it by that name.
        guard name != ".", !names.contains(name) else { return }
        names.append(name)
    }
}
