import Foundation

extension YAMLFile {
    /// The items of a file whose root is a list (papers.yaml), each read by
    /// `readItem` (which reports to its value's sink), without a tree of the
    /// whole file. A list written at the left margin is cut into pieces
    /// parsed and read on every core (`YAMLListPieces`); any other list, or
    /// one whose pieces do not parse as guessed, is parsed on one thread in
    /// batches, each batch read on every core while the next is parsed. A
    /// root that is not a list gets `YAMLValue.list()`'s error. A YAML error
    /// anywhere in the file is the only diagnostic, as when the whole file
    /// was parsed first: what `readItem` reported is dropped. Key paths are
    /// found later by calling `contents` and parsing again, only when a
    /// message needs one. Nil when `contents` gives nothing (no such file).
    /// - Parameter itemsPerPiece: the items of a piece, given the items
    ///   guessed; nil reads on one thread (tests compare the two).
    static func readList<T>(
        contents: @escaping @Sendable () -> Data?, displayPath: String, rootPath: String,
        sink: DiagnosticSink, batchSize: Int = 512, itemsPerPiece: ((Int) -> Int)? = piecesForCores,
        readItem: (YAMLValue) -> T?
    ) -> [T]? {
        sink.register(root: YAMLKeyPathTree { composer(of: contents(), displayPath: displayPath, sink: DiagnosticSink()).flatMap { try? $0.document() } },
                      prefix: rootPath, file: displayPath)
        guard let data = contents() else { return nil }
        // The pieces are read from the file's bytes, not checked as text
        // first (a copy and a pass over the whole file on one core): they
        // cover every byte, and libyaml refuses whatever is not UTF-8, which
        // sends the file to the reader below, whose check reports it.
        if let itemsPerPiece, ProcessInfo.processInfo.activeProcessorCount > 1,
           let read = data.withUnsafeBytes({ raw in
               readPieces(of: withoutByteOrderMark(raw.bindMemory(to: UInt8.self)), itemsPerPiece: itemsPerPiece,
                          displayPath: displayPath, rootPath: rootPath, sink: sink, readItem: readItem)
           }) {
            return read
        }
        guard let text = text(of: data, displayPath: displayPath, sink: sink) else { return [] }
        do throws(YAMLSyntaxError) {
            let composer = try YAMLComposer(text: text)
            guard let first = try composer.documentRootEvent() else {
                reportEmpty(displayPath, sink: sink)
                return []
            }
            guard case .sequenceStart = first.kind else {
                let root = YAMLValue(node: try composer.node(from: first), path: rootPath, file: displayPath, sink: sink)
                try composer.finishDocument()
                return root.list().map { readItems($0, into: sink, readItem: readItem) } ?? []
            }
            let held = DiagnosticSink()
            var results: [T] = []
            var batch = try composer.items(upTo: batchSize)
            var count = 0
            while !batch.isEmpty {
                let values = batch.enumerated().map { offset, node in
                    YAMLValue(node: node, path: "\(rootPath)[\(count + offset)]", file: displayPath, sink: held)
                }
                count += batch.count
                let more = batch.count == batchSize
                let (next, read) = Parallel.overlap(
                    { () -> Result<[YAMLNode], YAMLSyntaxError> in more ? Result { () throws(YAMLSyntaxError) in try composer.items(upTo: batchSize) } : .success([]) },
                    with: { readItems(values, into: held, readItem: readItem) }
                )
                results += read
                batch = try next.get()
            }
            try composer.finishDocument()
            sink.absorb(held)
            return results
        } catch {
            report(error, in: displayPath, sink: sink)
            return []
        }
    }

    /// About eight pieces per core, of 16 to 256 items: small enough that
    /// the cores finish together, large enough that a piece's set-up is
    /// nothing beside its parsing.
    static func piecesForCores(items: Int) -> Int {
        min(256, max(16, items / (8 * ProcessInfo.processInfo.activeProcessorCount)))
    }

    /// `readItem` applied to `values` on every core: each worker reports to
    /// a sink of its own, absorbed into `sink` in input order.
    static func readItems<T>(_ values: [YAMLValue], into sink: DiagnosticSink, readItem: (YAMLValue) -> T?) -> [T] {
        let results: [(T?, DiagnosticSink)] = Parallel.mapChunks(values) { chunk in
            let worker = DiagnosticSink()
            return chunk.map { value in
                (readItem(YAMLValue(node: value.node, path: value.path, file: value.file, sink: worker)), worker)
            }
        }
        var merged = Set<ObjectIdentifier>()
        for (_, worker) in results where merged.insert(ObjectIdentifier(worker)).inserted {
            sink.absorb(worker)
        }
        return results.compactMap(\.0)
    }

    /// The bytes after a UTF-8 byte-order mark, as `text(of:)` drops it.
    private static func withoutByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    }

    /// The list read piece by piece on every core, or nil when the text is
    /// not cut into pieces or a piece is not one block list of the items
    /// guessed (then nothing is reported: the one-thread reader reads it).
    private static func readPieces<T>(
        of bytes: UnsafeBufferPointer<UInt8>, itemsPerPiece: (Int) -> Int, displayPath: String, rootPath: String, sink: DiagnosticSink, readItem: (YAMLValue) -> T?
    ) -> [T]? {
        guard let cut = YAMLListPieces(bytes, itemsPerPiece: itemsPerPiece) else { return nil }
        let text = UncheckedBox(bytes)
        let failed = Flag()
        let read: [([T], DiagnosticSink)?] = Parallel.map(cut.pieces) { piece in
            guard !failed.isSet else { return nil }
            guard let nodes = items(of: piece, in: text.value) else {
                failed.set()
                return nil
            }
            let held = DiagnosticSink()
            let values = nodes.enumerated().compactMap { offset, node in
                readItem(YAMLValue(node: node, path: "\(rootPath)[\(piece.firstItem + offset)]", file: displayPath, sink: held))
            }
            return (values, held)
        }
        guard !failed.isSet else { return nil }
        var results: [T] = []
        for case let (values, held)? in read {
            results += values
            sink.absorb(held)
        }
        return results
    }

    /// The items of `piece` when it parses as one block list of exactly the
    /// items guessed and nothing else.
    static func items(of piece: YAMLListPieces.Piece, in text: UnsafeBufferPointer<UInt8>) -> [YAMLNode]? {
        do throws(YAMLSyntaxError) {
            let composer = try YAMLComposer(piece: UnsafeBufferPointer(rebasing: text[piece.bytes]), linesBefore: piece.linesBefore)
            guard let first = try composer.documentRootEvent(), case .sequenceStart(nil, nil) = first.kind else { return nil }
            let items = try composer.items(upTo: piece.items + 1)
            guard items.count == piece.items else { return nil }
            try composer.finishDocument()
            return items
        } catch {
            return nil
        }
    }

    /// A composer over `data`'s text, for key-path lookups; nil when it no longer reads.
    private static func composer(of data: Data?, displayPath: String, sink: DiagnosticSink) -> YAMLComposer? {
        guard let data, let text = text(of: data, displayPath: displayPath, sink: sink) else { return nil }
        return try? YAMLComposer(text: text)
    }
}

/// A mark one worker sets for the others to see (a piece that did not parse).
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
