/// A JSON value, serialised by `JSONValue.serialized()`: pretty-printed with
/// two-space indentation, object keys sorted, strings escaped per RFC 8259
/// (quote, backslash and control characters; everything else as UTF-8).
///
/// Foundation's JSONSerialization produced the same kind of text but took
/// half of `dlde-export all`'s time on 10,000 papers; this serialiser is one
/// pass over the values into a byte buffer.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])
    /// An object whose members are already in `object`'s order (keys
    /// sorted, each once): written as they are, with no dictionary to
    /// build and sort (the JSON-LD of every site page, workshop.json's
    /// papers). Its text is an `.object`'s with the same members; `==`
    /// tells the two apart.
    case sortedObject([JSONMember])

    /// The UTF-8 text, ending with a newline.
    public func serialized() -> [UInt8] {
        serialized(forScript: false)
    }

    /// The UTF-8 text, ending with a newline; `forScript` also writes `<`,
    /// `>`, `&`, U+2028 and U+2029 as `\u` escapes (JSON holds them only in
    /// strings), so the text can sit inside an HTML `<script>` element.
    func serialized(forScript: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(forScript ? 4096 : 1 << 16)
        write(into: &out, indent: 0, forScript: forScript)
        out.append(0x0A)
        return out
    }

    /// Appends the value's text as it stands at nesting level `indent`
    /// (no newline after it).
    func write(into out: inout [UInt8], indent: Int, forScript: Bool) {
        switch self {
        case .string(let text):
            Self.writeString(text, into: &out, forScript: forScript)
        case .int(let number):
            out += String(number).utf8
        case .bool(let flag):
            out += (flag ? "true" : "false").utf8
        case .null:
            out += "null".utf8
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, indent + 1)
                item.write(into: &out, indent: indent + 1, forScript: forScript)
            }
            Self.newline(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            // Sorted with their values (keys are unique), not looked up again.
            Self.writeMembers(members.sorted(by: { $0.key < $1.key }), into: &out, indent: indent, forScript: forScript)
        case .sortedObject(let members):
            assert(zip(members, members.dropFirst()).allSatisfy { $0.key < $1.key }, "members out of order")
            Self.writeMembers(members.lazy.map { (key: $0.key, value: $0.value) }, into: &out, indent: indent, forScript: forScript)
        }
    }

    private static func writeMembers(_ members: some Collection<(key: String, value: JSONValue)>, into out: inout [UInt8], indent: Int, forScript: Bool) {
        guard !members.isEmpty else { out += "{}".utf8; return }
        out.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, indent + 1)
            writeString(member.key, into: &out, forScript: forScript)
            out += " : ".utf8
            member.value.write(into: &out, indent: indent + 1, forScript: forScript)
        }
        newline(&out, indent)
        out.append(UInt8(ascii: "}"))
    }

    /// A line break and the indentation of nesting level `indent`.
    static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(0x0A)
        for _ in 0..<indent { out += [0x20, 0x20] }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// The bytes `writeString` looks at (quote, backslash, controls; and for
    /// a script `<`, `>`, `&` and the lead byte of U+2028/U+2029); the
    /// others are copied as they are.
    private static let plainAttention: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    private static let scriptAttention: [Bool] = (0...255).map { $0 < 0x20 || [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2].contains($0) }

    /// The escapes `writeString` writes, made once (not an array per
    /// quote: workshop.json and the JSON-LD hold whole HTML abstracts).
    private enum Escape {
        static let quote = Array("\\\"".utf8)
        static let backslash = Array("\\\\".utf8)
        static let lineFeed = Array("\\n".utf8)
        static let carriageReturn = Array("\\r".utf8)
        static let tab = Array("\\t".utf8)
        static let lessThan = Array("\\u003c".utf8)
        static let greaterThan = Array("\\u003e".utf8)
        static let ampersand = Array("\\u0026".utf8)
        static let lineSeparator = Array("\\u2028".utf8)
        static let paragraphSeparator = Array("\\u2029".utf8)
    }

    /// A JSON string: runs of bytes that need no escape are copied whole.
    static func writeString(_ text: String, into out: inout [UInt8], forScript: Bool) {
        out.append(UInt8(ascii: "\""))
        let table = forScript ? scriptAttention : plainAttention
        table.withUnsafeBufferPointer { attention in text.withUTF8Bytes { bytes in
            var copied = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes need nothing: one table lookup each.
                guard attention[Int(byte)] else {
                    index += 1
                    continue
                }
                let escape: [UInt8]?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = Escape.quote
                case UInt8(ascii: "\\"): escape = Escape.backslash
                case 0x0A: escape = Escape.lineFeed
                case 0x0D: escape = Escape.carriageReturn
                case 0x09: escape = Escape.tab
                case 0..<0x20: escape = [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                case UInt8(ascii: "<") where forScript: escape = Escape.lessThan
                case UInt8(ascii: ">") where forScript: escape = Escape.greaterThan
                case UInt8(ascii: "&") where forScript: escape = Escape.ampersand
                // U+2028 and U+2029 (E2 80 A8/A9): line ends to older JavaScript.
                case 0xE2 where forScript && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? Escape.lineSeparator : Escape.paragraphSeparator
                    width = 3
                default: escape = nil
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    out += escape
                    copied = index + width
                }
                index += width
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        } }
        out.append(UInt8(ascii: "\""))
    }
}

/// A member of a `JSONValue.sortedObject`.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

extension JSONValue {
    /// `.string`, or `.null` for nil.
    static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    static func strings(_ texts: [String]) -> JSONValue {
        .array(texts.map(JSONValue.string))
    }
}
