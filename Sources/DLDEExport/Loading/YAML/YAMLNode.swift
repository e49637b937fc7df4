/// A position in a YAML file: line and column from 1, columns counted in
/// Unicode scalars (libyaml's count).
struct YAMLMark: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// A scalar as libyaml reports it: the text, how it was written, and its
/// explicit tag (nil for none: every untagged scalar is a string, since the
/// readers type values themselves).
struct YAMLScalar: Sendable {
    enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }
    var string: String
    var style: Style
    var tag: String?
    var mark: YAMLMark
}

/// A collection's explicit tag (nil for none) and where it starts.
struct YAMLCollectionHeader: Sendable {
    var tag: String?
    var mark: YAMLMark
}

/// One YAML value with its position: built from libyaml's events by
/// `YAMLComposer` one value at a time (a paper, or the small workshop.yaml),
/// never a whole large file.
enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], YAMLCollectionHeader)
    case mapping([YAMLPair], YAMLCollectionHeader)

    var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .sequence(_, let header), .mapping(_, let header): return header.mark
        }
    }

    /// The value of the last key `key` (an untagged or `!!str` scalar), as
    /// Yams' `mapping[key]` found it.
    func value(forKey key: String) -> YAMLNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.last { pair in
            if case .scalar(let scalar) = pair.key { return scalar.string == key && scalar.resolvedTag == YAMLTag.string }
            return false
        }?.value
    }
}

/// A key of a mapping and its value. A struct: an array of (key, value)
/// tuples was copied pair by pair through the runtime's generic tuple
/// functions.
struct YAMLPair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
}

/// The YAML 1.1 tags a value without an explicit one has.
enum YAMLTag {
    static let string = "tag:yaml.org,2002:str"
    static let sequence = "tag:yaml.org,2002:seq"
    static let mapping = "tag:yaml.org,2002:map"
    static let value = "tag:yaml.org,2002:value"

    /// `tag`, or `implicit` for none and for the non-specific `!`.
    static func resolved(_ tag: String?, implicit: String) -> String {
        guard let tag, tag != "!" else { return implicit }
        return tag
    }
}

extension YAMLScalar {
    var resolvedTag: String { YAMLTag.resolved(tag, implicit: YAMLTag.string) }
}
