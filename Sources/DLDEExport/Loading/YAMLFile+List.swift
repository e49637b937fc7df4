import Foundation

extension YAMLFile {
    /// The items of a file whose root is a list (papers.yaml), read in
    /// batches as libyaml's events arrive, without a tree of the whole file:
    /// `read` gets each batch (with the sink to report to) while the next
    /// batch is parsed. A root that is not a list gets `YAMLValue.list()`'s
    /// error. A YAML error anywhere in the file is the only diagnostic, as
    /// when the whole file was parsed first: what `read` reported is dropped.
    /// Only libyaml's copy of the text is kept while reading; key paths are
    /// found later by calling `contents` and parsing again, only when a
    /// message needs one. Nil when `contents` gives nothing (no such file).
    static func readList<T>(
        contents: @escaping @Sendable () -> Data?, displayPath: String, rootPath: String,
        sink: DiagnosticSink, batchSize: Int = 512, read: ([YAMLValue], DiagnosticSink) -> [T]
    ) -> [T]? {
        sink.register(root: YAMLKeyPathTree { composer(of: contents(), displayPath: displayPath, sink: DiagnosticSink()).flatMap { try? $0.document() } },
                      prefix: rootPath, file: displayPath)
        do throws(YAMLSyntaxError) {
            guard let opened = try opened(contents(), displayPath: displayPath, sink: sink) else { return nil }
            guard let composer = opened else { return [] }
            guard let first = try composer.documentRootEvent() else {
                reportEmpty(displayPath, sink: sink)
                return []
            }
            guard case .sequenceStart = first.kind else {
                let root = YAMLValue(node: try composer.node(from: first), path: rootPath, file: displayPath, sink: sink)
                try composer.finishDocument()
                return root.list().map { read($0, sink) } ?? []
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
                    with: { read(values, held) }
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

    /// A composer over `data`'s text: nil for no data, .some(nil) after
    /// reporting text that is not UTF-8. The bytes and the text are dropped
    /// when this returns; libyaml keeps its own copy.
    private static func opened(_ data: Data?, displayPath: String, sink: DiagnosticSink) throws(YAMLSyntaxError) -> YAMLComposer?? {
        guard let data else { return nil }
        guard let text = text(of: data, displayPath: displayPath, sink: sink) else { return .some(nil) }
        return .some(try YAMLComposer(text: text))
    }

    /// `data` composed again, for key-path lookups; nil when it no longer reads.
    private static func composer(of data: Data?, displayPath: String, sink: DiagnosticSink) -> YAMLComposer? {
        guard let opened = try? opened(data, displayPath: displayPath, sink: sink) else { return nil }
        return opened
    }
}
