import Foundation

/// Reads a YAML file with libyaml (`YAMLComposer`), turning every libyaml
/// error into a located diagnostic.
enum YAMLFile {
    /// The root of `path`, or nil after reporting why not. `displayPath` is
    /// how messages name the file.
    /// - Parameter rootPath: the key path of the root value ("papers" for papers.yaml).
    static func load(path: String, displayPath: String, rootPath: String = "", sink: DiagnosticSink) throws(ExportError) -> YAMLValue? {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .inputMissing(path: displayPath, what: "file")
        }
        return parse(data, displayPath: displayPath, rootPath: rootPath, sink: sink)
    }

    /// The root of YAML text `data`, or nil after reporting why not. The
    /// file's tree is kept for later key-path lookups (`DiagnosticSink`): for
    /// small files such as workshop.yaml; a long list goes through `readList`.
    static func parse(_ data: Data, displayPath: String, rootPath: String = "", sink: DiagnosticSink) -> YAMLValue? {
        guard let text = text(of: data, displayPath: displayPath, sink: sink) else { return nil }
        do throws(YAMLSyntaxError) {
            guard let node = try PhaseTimer.measure("parse \(displayPath.split(separator: "/").last ?? "")", { () throws(YAMLSyntaxError) in try YAMLComposer.compose(text) }) else {
                reportEmpty(displayPath, sink: sink)
                return nil
            }
            sink.register(root: YAMLKeyPathTree(root: node), prefix: rootPath, file: displayPath)
            return YAMLValue(node: node, path: rootPath, file: displayPath, sink: sink)
        } catch {
            report(error, in: displayPath, sink: sink)
            return nil
        }
    }

    /// `data` as text: UTF-8, without a byte-order mark; nil after reporting.
    static func text(of data: Data, displayPath: String, sink: DiagnosticSink) -> String? {
        guard var text = String(data: data, encoding: .utf8) else {
            sink.error("the file is not UTF-8 text", at: SourceLocation(file: displayPath, line: 1, column: 1), keyPath: "")
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func reportEmpty(_ displayPath: String, sink: DiagnosticSink) {
        sink.error("the file is empty", at: SourceLocation(file: displayPath, line: 1, column: 1), keyPath: "")
    }

    static func report(_ error: YAMLSyntaxError, in displayPath: String, sink: DiagnosticSink) {
        sink.error(error.message, at: SourceLocation(file: displayPath, line: error.mark.line, column: error.mark.column), keyPath: "")
    }
}
