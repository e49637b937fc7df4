/// Builds `YAMLNode`s from libyaml's events by the rules Yams' composer had:
/// an alias is the node its anchor named (an alias before its anchor's node
/// ends is an error), a mapping with one key twice is an error, and a file
/// holds one document. Values can be taken one at a time (`nextItem()`), so a
/// long list is never held as one tree.
final class YAMLComposer {
    private let parser: YAMLEventParser
    /// Every anchored node so far, by anchor (a later anchor shadows an earlier one).
    private var anchors: [String: YAMLNode] = [:]

    init(text: String) throws(YAMLSyntaxError) {
        parser = YAMLEventParser(text: text)
        _ = try parser.next() // the stream's start
    }

    /// A composer over a piece of a file's text (`YAMLListPieces`; not
    /// copied: the text must outlive the composer), whose marks count the
    /// `linesBefore` lines of the file before it.
    init(piece: UnsafeBufferPointer<UInt8>, linesBefore: Int) throws(YAMLSyntaxError) {
        parser = YAMLEventParser(borrowing: piece, linesBefore: linesBefore)
        _ = try parser.next()
    }

    /// The root of the one document of `text`, or nil when it has none.
    static func compose(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        try YAMLComposer(text: text).document()
    }

    /// The root of the one document of the stream, or nil when it has none.
    func document() throws(YAMLSyntaxError) -> YAMLNode? {
        guard let first = try documentRootEvent() else { return nil }
        let root = try node(from: first)
        try finishDocument()
        return root
    }

    /// The first event of the document's root, or nil when the stream has no document.
    func documentRootEvent() throws(YAMLSyntaxError) -> YAMLEvent? {
        let start = try parser.next()
        if case .streamEnd = start.kind { return nil }
        return try parser.next()
    }

    /// Reads the document's end and checks that no second document follows.
    func finishDocument() throws(YAMLSyntaxError) {
        _ = try parser.next() // the document's end
        let next = try parser.next()
        guard case .streamEnd = next.kind else {
            throw YAMLSyntaxError(message: "YAML syntax: but found another document (expected a single document in the stream at line 1)", mark: next.mark)
        }
    }

    /// The next item of the sequence being read, or nil at its end.
    func nextItem() throws(YAMLSyntaxError) -> YAMLNode? {
        let event = try parser.next()
        if case .sequenceEnd = event.kind { return nil }
        return try node(from: event)
    }

    /// Up to `count` more items of the sequence being read: fewer only at its end.
    func items(upTo count: Int) throws(YAMLSyntaxError) -> [YAMLNode] {
        var items: [YAMLNode] = []
        while items.count < count, let item = try nextItem() { items.append(item) }
        return items
    }

    /// The value that starts with `event`, read to its end.
    func node(from event: YAMLEvent) throws(YAMLSyntaxError) -> YAMLNode {
        switch event.kind {
        case .alias(let anchor):
            guard let node = anchors[anchor] else { throw YAMLSyntaxError(message: "YAML syntax: found undefined alias", mark: event.mark) }
            return node
        case .scalar(let scalar, let anchor):
            return register(.scalar(scalar), as: anchor)
        case .sequenceStart(let tag, let anchor):
            var items: [YAMLNode] = []
            while let item = try nextItem() { items.append(item) }
            return register(.sequence(items, YAMLCollectionHeader(tag: tag, mark: event.mark)), as: anchor)
        case .mappingStart(let tag, let anchor):
            var pairs: [YAMLPair] = []
            while true {
                let keyEvent = try parser.next()
                if case .mappingEnd = keyEvent.kind { break }
                let key = try node(from: keyEvent)
                let value = try node(from: parser.next())
                pairs.append(YAMLPair(key: key, value: value))
            }
            try Self.checkDuplicateKeys(pairs)
            return register(.mapping(pairs, YAMLCollectionHeader(tag: tag, mark: event.mark)), as: anchor)
        case .streamStart, .streamEnd, .documentStart, .documentEnd, .sequenceEnd, .mappingEnd:
            // libyaml's grammar puts a value here; kept as an error rather than a crash.
            throw YAMLSyntaxError(message: "YAML syntax: expected a value", mark: event.mark)
        }
    }

    private func register(_ node: YAMLNode, as anchor: String?) -> YAMLNode {
        if let anchor { anchors[anchor] = node }
        return node
    }

    /// "duplicate key 'a', 'b' in one mapping" at the first of the first
    /// (in Yams' order) key given twice.
    private static func checkDuplicateKeys(_ pairs: [YAMLPair]) throws(YAMLSyntaxError) {
        guard pairs.count > 1 else { return }
        var repeated: Set<Int> = []
        if pairs.count <= 16 {
            // A paper's or a person's few keys: compared pairwise, without
            // hashing each key into a dictionary (1 % of reading 10,000 papers).
            for later in 1..<pairs.count {
                if let first = (0..<later).first(where: { pairs[$0].key == pairs[later].key }) { repeated.insert(first) }
            }
        } else {
            var firstIndex: [YAMLNode: Int] = [:]
            for (index, pair) in pairs.enumerated() {
                if let first = firstIndex[pair.key] { repeated.insert(first) } else { firstIndex[pair.key] = index }
            }
        }
        guard !repeated.isEmpty else { return }
        let keys = repeated.sorted().map { pairs[$0].key }.sorted(by: YAMLNode.precedes)
        let names = keys.map { "'\($0.keyDescription)'" }.joined(separator: ", ")
        throw YAMLSyntaxError(message: "duplicate key \(names) in one mapping", mark: keys[0].mark)
    }
}
