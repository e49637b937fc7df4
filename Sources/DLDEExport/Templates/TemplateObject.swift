/// A value handed to a template: named fields, every one of them declared.
///
/// A name no object of the context declares is an error when the template
/// is rendered (`TemplateLibrary.render`), before anything is written; a
/// declared field with a nil value renders as empty and as a false section.
public final class TemplateObject: TemplateFields {
    /// Every declared field. One dictionary per object.
    private var values: [String: TemplateValue] = [:]

    public init() {}

    /// An object with room for `capacity` fields before its table grows.
    init(capacity: Int) {
        values.reserveCapacity(capacity)
    }

    /// An object declaring the fields of `record` with their values now,
    /// for a record that a context then adds fields to.
    init(copying record: any TemplateFields) {
        guard let table = record.table else { return }
        for (name, slot) in table.slots { values[name] = record.field(at: slot) }
    }

    /// Declares `key`; a nil value renders as empty and as a false section.
    /// Values: `String`, `Bool`, numbers, `TemplateObject`s, `TemplateRecord`s
    /// and arrays of them.
    public subscript(key: String) -> Any? {
        get { values[key]?.swiftValue }
        set { values[key] = TemplateValue(newValue) }
    }

    /// A new object declaring the same fields with the same values (the
    /// objects and lists inside are shared, not copied): for a context
    /// that adds fields to one built for another output.
    func copy() -> TemplateObject {
        let copy = TemplateObject()
        copy.values = values
        return copy
    }

    /// Declares `key` as text, or nil (no casts through `Any`: context
    /// builders that run once per page use these).
    func set(_ key: String, text: String?) {
        values[key] = TemplateValue(text: text)
    }

    /// Declares `key` as a boolean.
    func set(_ key: String, flag: Bool) {
        values[key] = .bool(flag)
    }

    /// Declares `key` as a list of objects or records, without the casts
    /// through `Any` of the subscript (a poster session lists thousands).
    func setList<Fields: TemplateFields>(_ key: String, _ objects: [Fields]) {
        values[key] = .list(objects.map { .object($0) })
    }

    /// Declares `key` as one object or record, or nil.
    func setObject(_ key: String, _ object: (any TemplateFields)?) {
        values[key] = object.map { .object($0) } ?? .null
    }

    /// The items of list `key` that are `Fields`, in order.
    func list<Fields: TemplateFields>(_ key: String, of type: Fields.Type) -> [Fields] {
        guard case .list(let items)? = values[key] else { return [] }
        return items.compactMap { item in
            if case .object(let object) = item { return object as? Fields }
            return nil
        }
    }

    /// The declared field names, for messages.
    public var fieldNames: [String] { values.keys.sorted() }

    func field(named name: String) -> TemplateValue? { values[name] }
}
