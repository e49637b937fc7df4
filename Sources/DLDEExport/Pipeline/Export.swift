/// Runs writers over a checked workshop and writes their files atomically.
public enum Export {
    /// Runs `writers` and writes all their files into `outputDirectory`
    /// together: all replaced, or none (`AtomicWriter`).
    /// - Returns: the files written.
    @discardableResult
    public static func run(_ writers: [any OutputWriter], workshop: Workshop, context: WriterContext, outputDirectory: String) throws(ExportError) -> [OutputFile] {
        // Writers are pure and independent: run them on every core.
        let results: [Result<[OutputFile], ExportError>] = Parallel.map(writers) { writer in
            PhaseTimer.measure("write \(writer.command)") {
                Result { () throws(ExportError) in try writer.files(for: workshop, context: context) }
            }
        }
        var files: [OutputFile] = []
        for result in results {
            files += try result.get()
        }
        try PhaseTimer.measure("save files") { () throws(ExportError) in try AtomicWriter.write(files, to: outputDirectory) }
        return files
    }
}
