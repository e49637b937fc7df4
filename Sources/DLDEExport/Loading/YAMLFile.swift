import Foundation
import Yams

/// Reads a YAML file into its root node, turning every libyaml error into a
/// located diagnostic.
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

    /// The root of YAML text `data`, or nil after reporting why not.
    static func parse(_ data: Data, displayPath: String, rootPath: String = "", sink: DiagnosticSink) -> YAMLValue? {
        guard var text = String(data: data, encoding: .utf8) else {
            sink.error("the file is not UTF-8 text", at: SourceLocation(file: displayPath, line: 1, column: 1), keyPath: "")
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        do {
            // The basic resolver tags every scalar as a string: the readers type
            // values themselves (and it skips Yams' per-scalar regular expressions).
            guard let node = try PhaseTimer.measure("parse \(displayPath.split(separator: "/").last ?? "")", { () throws -> Node? in try Yams.compose(yaml: text, .basic) }) else {
                sink.error("the file is empty", at: SourceLocation(file: displayPath, line: 1, column: 1), keyPath: "")
                return nil
            }
            sink.register(root: node, prefix: rootPath, file: displayPath)
            return YAMLValue(node: node, path: rootPath, file: displayPath, sink: sink)
        } catch let error as YamlError {
            let (message, mark) = describe(error)
            sink.error(message, at: SourceLocation(file: displayPath, line: mark?.line ?? 1, column: mark?.column ?? 1), keyPath: "")
            return nil
        } catch {
            sink.error("YAML error: \(error)", at: SourceLocation(file: displayPath, line: 1, column: 1), keyPath: "")
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return (message, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping", context.mark)
        case let .reader(problem, _, _, _):
            return ("YAML cannot read the file: \(problem)", nil)
        default:
            return ("YAML error: \(error)", nil)
        }
    }
}
