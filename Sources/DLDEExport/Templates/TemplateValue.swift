/// A value as templates see it: what `TemplateObject` and `TemplateRecord`
/// fields hold once converted from the Swift value a context builder gave.
enum TemplateValue {
    /// A declared field without a value: renders as empty text and a false
    /// section, and stops the lookup from going on to outer objects.
    case null
    /// Text (numbers too, as `String(describing:)` writes them).
    case text(String)
    case bool(Bool)
    /// An object with named fields (`TemplateObject`, `TemplateRecord`).
    case object(any TemplateFields)
    case list([TemplateValue])

    /// `value` as templates see it: `String`, `Bool`, nil, template objects
    /// and records, arrays of these; anything else as its description.
    init(_ value: Any?) {
        switch value {
        case nil: self = .null
        case let text as String: self = .text(text)
        case let flag as Bool: self = .bool(flag)
        // The common concrete types first: a cast to exactly their type is
        // cheap; one to a protocol or to `[Any]` (which copies the array)
        // is not, and context builders set hundreds of thousands of fields.
        case let object as TemplateObject: self = .object(object)
        case let objects as [TemplateObject]: self = .list(objects.map { .object($0) })
        case let object as any TemplateFields: self = .object(object)
        case let converted as TemplateValue: self = converted
        case let list as [Any]: self = .list(list.map(TemplateValue.init))
        case let value?:
            // An optional inside `Any` (an array element): its value.
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                self = TemplateValue(mirror.children.first?.value)
            } else {
                self = .text(String(describing: value))
            }
        }
    }

    /// Text, or null for nil.
    init(text: String?) {
        self = text.map(TemplateValue.text) ?? .null
    }

    /// A list of objects.
    init(objects: [some TemplateFields]) {
        self = .list(objects.map { .object($0) })
    }

    /// The Swift value (for `TemplateObject`'s subscript and messages).
    var swiftValue: Any? {
        switch self {
        case .null: return nil
        case .text(let text): return text
        case .bool(let flag): return flag
        case .object(let object): return object
        case .list(let items): return items.map { $0.swiftValue as Any }
        }
    }
}

/// An object whose fields templates can name: every field it declares is
/// found (nil ones as `.null`); other names go on to the outer objects.
protocol TemplateFields: AnyObject {
    /// The field `name`, or nil when this object does not declare it.
    func field(named name: String) -> TemplateValue?
    /// Fields kept in a table shared by many objects: the table's identity,
    /// so a rendering can find a tag's field by its slot instead of its name.
    var table: TemplateFieldTable? { get }
    /// `table`'s identity, without a reference to it to count (a rendering
    /// asks for every record's fields).
    var tableIdentity: ObjectIdentifier? { get }
    /// The field in slot `slot` of `table`.
    func field(at slot: Int) -> TemplateValue
}

extension TemplateFields {
    var table: TemplateFieldTable? { nil }
    var tableIdentity: ObjectIdentifier? { nil }
    func field(at slot: Int) -> TemplateValue { .null }
}

/// The names of a table of fields, each with its slot.
public class TemplateFieldTable {
    let slots: [String: Int]

    init(names: [String]) {
        var slots: [String: Int] = [:]
        for (slot, name) in names.enumerated() { slots[name] = slot }
        self.slots = slots
    }
}
