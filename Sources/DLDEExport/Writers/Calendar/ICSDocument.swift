/// Content lines of an iCalendar object, assembled in order, each folded
/// with its CRLF line end as it is added (a part made once, such as a
/// slot's event lines or the `VTIMEZONE`, is appended as bytes).
struct ICSDocument {
    /// The folded content lines so far.
    private(set) var bytes: [UInt8] = []

    mutating func begin(_ component: String) { add("BEGIN:\(component)") }
    /// Appends the content lines of `part` (a component made apart).
    mutating func append(_ part: ICSDocument) { bytes += part.bytes }
    mutating func end(_ component: String) { add("END:\(component)") }

    private mutating func add(_ line: String) { ICSText.fold(line, into: &bytes) }

    /// A property whose value is already in its RFC 5545 form (a date-time,
    /// a URI, an offset): nothing is escaped.
    /// - Parameters:
    ///   - name: the property name, e.g. `DTSTART`.
    ///   - value: the value as it goes into the file.
    ///   - parameters: name and value of each parameter, e.g. `("TZID", "Europe/Paris")`.
    mutating func raw(_ name: String, _ value: String, parameters: [(String, String)] = []) {
        let parameterText = parameters.map { ";\($0.0)=\(Self.parameterValue($0.1))" }.joined()
        add("\(name)\(parameterText):\(value)")
    }

    /// A TEXT property: the value is escaped (`ICSText.escape`).
    mutating func text(_ name: String, _ value: String) {
        raw(name, ICSText.escape(value))
    }

    /// The object: every content line folded, ended by CRLF.
    var serialized: String { String(decoding: bytes, as: UTF8.self) }

    /// A parameter value, quoted when it holds `:`, `;` or `,`; a double quote
    /// cannot appear in one (RFC 5545 section 3.2) and is dropped.
    static func parameterValue(_ value: String) -> String {
        let safe = value.filter { $0 != "\"" && !$0.isNewline }
        return safe.contains(where: { ":;,".contains($0) }) ? "\"\(safe)\"" : safe
    }
}
