/// One `@type{key, field = value, ...}` entry, fields in the order added.
struct BibTeXEntry {
    /// A field's value as written in the file.
    enum Value {
        /// `{...}`: the text must already be escaped and brace-balanced.
        case braced(String)
        /// A macro such as a month name (`dec`), written unquoted.
        case macro(String)
    }

    var type: String
    var key: String
    private(set) var fields: [(name: String, value: Value)] = []

    init(type: String, key: String) {
        self.type = type
        self.key = key
    }

    /// Adds a field unless its value is empty.
    mutating func add(_ name: String, _ value: Value) {
        switch value {
        case .braced(let text) where text.isEmpty: return
        case .macro(let text) where text.isEmpty: return
        default: fields.append((name, value))
        }
    }

    /// The entry, one field a line, no comma after the last field.
    var text: String {
        var out = "@\(type){\(key),\n"
        for (index, field) in fields.enumerated() {
            out += "  \(field.name) = "
            switch field.value {
            case .braced(let text): out += "{\(text)}"
            case .macro(let name): out += name
            }
            out += index == fields.count - 1 ? "\n" : ",\n"
        }
        return out + "}\n"
    }
}
