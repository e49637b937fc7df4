/// When two mapping keys are the same key, and how duplicates are listed:
/// Yams' rules (equal text and resolved tag; collections compared item by
/// item; scalars ordered by text), so "duplicate key" messages read as before.
extension YAMLNode: Hashable {
    static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a), .scalar(b)):
            return a.string == b.string && a.resolvedTag == b.resolvedTag
        case let (.sequence(a, aHeader), .sequence(b, bHeader)):
            return a == b && aHeader.resolvedTag(implicit: YAMLTag.sequence) == bHeader.resolvedTag(implicit: YAMLTag.sequence)
        case let (.mapping(a, aHeader), .mapping(b, bHeader)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
                && aHeader.resolvedTag(implicit: YAMLTag.mapping) == bHeader.resolvedTag(implicit: YAMLTag.mapping)
        default:
            return false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .scalar(let scalar):
            hasher.combine(scalar.string)
            hasher.combine(scalar.resolvedTag)
        case .sequence(let items, let header):
            hasher.combine(items)
            hasher.combine(header.resolvedTag(implicit: YAMLTag.sequence))
        case .mapping(let pairs, let header):
            for pair in pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
            hasher.combine(header.resolvedTag(implicit: YAMLTag.mapping))
        }
    }

    /// Yams' order: scalars by text, collections by their items (mappings by
    /// their keys), different kinds unordered.
    static func precedes(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a), .scalar(b)):
            return a.string < b.string
        case let (.sequence(a, _), .sequence(b, _)):
            return lexicographicallyPrecedes(a, b)
        case let (.mapping(a, _), .mapping(b, _)):
            return lexicographicallyPrecedes(a.map(\.key), b.map(\.key))
        default:
            return false
        }
    }

    private static func lexicographicallyPrecedes(_ a: [YAMLNode], _ b: [YAMLNode]) -> Bool {
        for (x, y) in zip(a, b) {
            if precedes(x, y) { return true }
            if precedes(y, x) { return false }
        }
        return a.count < b.count
    }

    /// How a duplicate key is named: a scalar's text; a mapping's `=` value
    /// (YAML 1.1's value key); else `<uncovertable>`, Yams' word.
    var keyDescription: String {
        switch self {
        case .scalar(let scalar):
            return scalar.string
        case .mapping(let pairs, _):
            for pair in pairs {
                if pair.key.resolvedTag == YAMLTag.value { return pair.value.keyDescription }
            }
            return "<uncovertable>"
        case .sequence:
            return "<uncovertable>"
        }
    }
}

extension YAMLNode {
    var resolvedTag: String {
        switch self {
        case .scalar(let scalar): return scalar.resolvedTag
        case .sequence(_, let header): return header.resolvedTag(implicit: YAMLTag.sequence)
        case .mapping(_, let header): return header.resolvedTag(implicit: YAMLTag.mapping)
        }
    }
}

extension YAMLCollectionHeader {
    func resolvedTag(implicit: String) -> String { YAMLTag.resolved(tag, implicit: implicit) }
}
