/// A YAML node with the file and key path it was found at. Typed accessors
/// report what is wrong to the sink, with the node's position, and return nil.
struct YAMLValue {
    let node: YAMLNode
    let path: String
    let file: String
    let sink: DiagnosticSink

    init(node: YAMLNode, path: String, file: String, sink: DiagnosticSink) {
        self.node = node
        self.path = path
        self.file = file
        self.sink = sink
    }

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    /// True for `~`, `null` and an empty value.
    var isNull: Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain,
           ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return true }
        return false
    }

    func error(_ message: String) {
        sink.error(message, at: location, keyPath: path)
    }

    func warning(_ message: String) {
        sink.warning(message, at: location, keyPath: path)
    }

    private var typeName: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar: return "a scalar"
        }
    }

    /// The scalar as text, checked for control characters. Multi-line
    /// text keeps its line breaks.
    func text(expected: String = "text") -> String? {
        guard case .scalar(let scalar) = node else {
            error("expected \(expected), found \(typeName)")
            return nil
        }
        let value = scalar.string
        if let bad = TextRules.forbiddenControl(in: value) {
            error("text contains the control character U+\(bad); remove it")
            return nil
        }
        return value
    }

    /// A one-line field: line breaks are folded into spaces and the text is
    /// trimmed; an empty result is an error.
    func line(expected: String = "text") -> String? {
        guard let value = text(expected: expected) else { return nil }
        let folded = TextRules.foldLines(value)
        if folded.isEmpty {
            error("expected \(expected), found an empty value")
            return nil
        }
        return folded
    }

    func integer() -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            error("expected an integer, found \(describeValue)")
            return nil
        }
        return value
    }

    func list() -> [YAMLValue]? {
        guard case .sequence(let sequence, _) = node else {
            error("expected a list, found \(typeName)")
            return nil
        }
        return sequence.enumerated().map { index, element in
            YAMLValue(node: element, path: "\(path)[\(index)]", file: file, sink: sink)
        }
    }

    /// A mapping whose keys are checked against `keys`: an unknown key is an
    /// error with a "did you mean" hint.
    func mapping(keys: [String]) -> YAMLMapping? {
        guard case .mapping(let mapping, _) = node else {
            error("expected a mapping with keys \(keys.joined(separator: ", ")), found \(typeName)")
            return nil
        }
        var found: [String] = []
        var values: [YAMLValue] = []
        found.reserveCapacity(mapping.count)
        values.reserveCapacity(mapping.count)
        for index in mapping.indices {
            let keyNode = mapping[index].key
            let keyLocation = SourceLocation(file: file, line: keyNode.mark.line, column: keyNode.mark.column)
            guard case .scalar(let keyScalar) = keyNode else {
                sink.error("keys must be plain names", at: keyLocation, keyPath: path)
                continue
            }
            let key = keyScalar.string
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            if !keys.contains(key) {
                var message = "unknown key '\(key)'"
                if let suggestion = DidYouMean.suggest(key, among: keys) {
                    message += "; did you mean '\(suggestion)'?"
                } else {
                    message += "; known keys here: \(keys.joined(separator: ", "))"
                }
                sink.error(message, at: keyLocation, keyPath: childPath)
                continue
            }
            found.append(key)
            values.append(YAMLValue(node: mapping[index].value, path: childPath, file: file, sink: sink))
        }
        return YAMLMapping(owner: self, keys: found, values: values)
    }

    private var describeValue: String {
        if case .scalar(let scalar) = node { return "'\(scalar.string)'" }
        return typeName
    }
}

/// A checked mapping: look up required and optional keys.
struct YAMLMapping {
    let owner: YAMLValue
    /// The known keys found, in the file's order, and their values. Two
    /// arrays, not one of (key, value) pairs, which generic code copied
    /// pair by pair through the runtime's tuple functions.
    let keys: [String]
    let values: [YAMLValue]

    /// The value of `key`, or nil with a "missing key" error.
    func required(_ key: String) -> YAMLValue? {
        if let value = optional(key) { return value }
        owner.sink.error("missing required key '\(key)'", at: owner.location, keyPath: owner.path.isEmpty ? key : "\(owner.path).\(key)")
        return nil
    }

    /// The value of `key`, or nil when absent or null.
    func optional(_ key: String) -> YAMLValue? {
        guard let index = keys.firstIndex(of: key), !values[index].isNull else { return nil }
        return values[index]
    }
}
