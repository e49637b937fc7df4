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
/// not declare go on to the outer objects. Records made with one `Table`
/// share it: a rendering finds each tag's field in the table once (by its
/// slot), not by name for every record.
public final class TemplateRecord<Source>: TemplateFields {
    public typealias Fields = [String: (Source) -> Any?]

    /// The getters of one kind of record.
    public final class Table: TemplateFieldTable {
        /// The getters by slot. A buffer, not an array: a record reads its
        /// field in code that is not specialised for `Source`, where each
        /// read of an array of closures looked up the closure type's
        /// metadata (1 % of `all`'s instructions at 1,000 papers).
        let getters: UnsafeMutableBufferPointer<(Source) -> TemplateValue>

        public convenience init(_ fields: Fields) {
            self.init(values: fields.mapValues { getter in { TemplateValue(getter($0)) } })
        }

        /// Getters that give template values directly (no conversion from
        /// `Any` for each lookup: the booklet's paper fields).
        init(values fields: [String: (Source) -> TemplateValue]) {
            let names = fields.keys.sorted()
            getters = .allocate(capacity: names.count)
            _ = getters.initialize(from: names.map { fields[$0]! })
            super.init(names: names)
        }

        deinit {
            _ = getters.deinitialize()
            getters.deallocate()
        }
    }

    private let source: Source
    private let fieldTable: Table

    public init(_ source: Source, table: Table) {
        self.source = source
        self.fieldTable = table
    }

    /// A record with a table of its own (use `init(_:table:)` for lists).
    public convenience init(_ source: Source, fields: Fields) {
        self.init(source, table: Table(fields))
    }

    func field(named name: String) -> TemplateValue? {
        guard let slot = fieldTable.slots[name] else { return nil }
        return field(at: slot)
    }

    var table: TemplateFieldTable? { fieldTable }

    var tableIdentity: ObjectIdentifier? { ObjectIdentifier(fieldTable) }

    func field(at slot: Int) -> TemplateValue { fieldTable.getters[slot](source) }
}
