import Foundation

extension YAMLFile {
    /// The items of a file whose root is a list (papers.yaml), read in
    /// batches as libyaml's events arrive, without a tree of the whole file:
    /// `read` gets each batch (with the sink to report to) while the next
    /// batch is parsed. A root that is not a list gets `YAMLValue.list()`'s
    /// error. A YAML error anywhere in the file is the only diagnostic, as
    /// when the whole file was parsed first: what `read` reported is dropped.
    /// Key paths are found later by parsing the file again (`reload`), only
    /// when a message needs one.
    static func readList<T>(
        _ data: Data, reload: @escaping @Sendable () -> Data?, displayPath: String, rootPath: String,
        sink: DiagnosticSink, batchSize: Int = 512, read: ([YAMLValue], DiagnosticSink) -> [T]
    ) -> [T] {
        guard let text = text(of: data, displayPath: displayPath, sink: sink) else { return [] }
        sink.register(root: YAMLKeyPathTree { reload().flatMap { try? YAMLComposer.compose(YAMLFile.text(of: $0, displayPath: displayPath, sink: DiagnosticSink()) ?? "") } },
                      prefix: rootPath, file: displayPath)
        do throws(YAMLSyntaxError) {
            let composer = try YAMLComposer(text: text)
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
}
