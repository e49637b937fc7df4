import Foundation
import Mustache

/// The templates: the built-in set (the project's `templates/` folder,
/// embedded in the binary) with any file of an override folder replacing the
/// built-in file of the same name, or adding a new partial.
///
/// Names are paths below the folder without `.mustache`: `program.html`,
/// `partials/paper.tex`, `email/program.txt`. A template whose name ends in
/// `.tex` must declare `{{% CONTENT_TYPE: LATEX}}` and one ending in `.txt`
/// `{{% CONTENT_TYPE: TEXT}}`, partials included (swift-mustache would
/// otherwise escape them for HTML).
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// Template name to (file as users know it, text).
    private let sources: [String: (file: String, text: String)]

    /// Loads the built-in templates and the files of `overrides`.
    public static func load(overrides: String?) throws(ExportError) -> TemplateLibrary {
        _ = TemplateContentTypes.registered
        var sources: [String: (file: String, text: String)] = [:]
        for (name, text) in BuiltinTemplates.files {
            sources[name] = ("templates/\(name).mustache", text)
        }
        if let overrides {
            for (name, file) in try overrideFiles(in: overrides) {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw .badTemplate(Diagnostic(.error, "cannot read the template as UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1), keyPath: nil))
                }
                sources[name] = (file, text)
            }
        }
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            try checkContentType(name: name, source: source)
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .badTemplate(Diagnostic(.error, "template syntax: \(error.error)",
                                              at: SourceLocation(file: source.file, line: error.context.lineNumber, column: error.context.columnNumber), keyPath: nil))
            } catch {
                throw .badTemplate(Diagnostic(.error, "template syntax: \(error)", at: SourceLocation(file: source.file, line: 1, column: 1), keyPath: nil))
            }
        }
        return TemplateLibrary(library: library, sources: sources)
    }

    /// The names of all templates.
    public var names: [String] { sources.keys.sorted() }

    /// The file a template was read from (as users know it) and its text.
    func source(named name: String) -> (file: String, text: String)? { sources[name] }

    /// Renders template `name` with `root`. Every name the templates look up
    /// must be declared by the context: an unknown one is an error naming the
    /// template file, line and column. `probes` are further contexts (e.g.
    /// one where every list has an item and every optional field a value)
    /// rendered only to find names in sections the real data never opens.
    public func render(_ name: String, _ root: TemplateObject, probes: [TemplateObject] = []) throws(ExportError) -> String {
        guard let template = library.getTemplate(named: name) else {
            throw .internalError("no template named '\(name)'")
        }
        var output = ""
        for (index, context) in ([root] + probes).enumerated() {
            let misses = TemplateMisses()
            context.misses = misses
            let rendered = template.render(context, library: library)
            context.misses = nil
            if let unknown = misses.names.first {
                throw .badTemplate(unknownField(unknown, from: name, known: context.fieldNames))
            }
            if index == 0 { output = rendered }
        }
        return output
    }

    private func unknownField(_ field: String, from name: String, known: [String]) -> Diagnostic {
        var message = "unknown field '\(field)' in a template"
        if let suggestion = DidYouMean.suggest(field, among: known) {
            message += "; did you mean '\(suggestion)'?"
        }
        // Point at the first tag naming the field, in the template or a partial.
        let ordered = [name] + sources.keys.sorted().filter { $0 != name }
        for candidate in ordered {
            guard let source = sources[candidate], let (line, column) = Self.tag(naming: field, in: source.text) else { continue }
            return Diagnostic(.error, message, at: SourceLocation(file: source.file, line: line, column: column), keyPath: nil)
        }
        return Diagnostic(.error, message, at: SourceLocation(file: sources[name]?.file ?? name, line: 1, column: 1), keyPath: nil)
    }

    /// Line and column of the first `{{name}}`, `{{#name}}`... in `text`.
    static func tag(naming field: String, in text: String) -> (Int, Int)? {
        var line = 1
        for (number, content) in text.components(separatedBy: "\n").enumerated() {
            line = number + 1
            var rest = Substring(content)
            while let open = rest.range(of: "{{") {
                var after = rest[open.upperBound...]
                while let first = after.first, "{#^/&>! ".contains(first) { after = after.dropFirst() }
                let tagName = after.prefix { !" }|".contains($0) }
                if tagName == field || tagName.hasPrefix(field + ".") {
                    return (line, content.distance(from: content.startIndex, to: open.lowerBound) + 1)
                }
                rest = after
            }
        }
        return nil
    }

    private static func checkContentType(name: String, source: (file: String, text: String)) throws(ExportError) {
        let required: String
        if name.hasSuffix(".tex") { required = "LATEX" } else if name.hasSuffix(".txt") { required = "TEXT" } else { return }
        let pragma = source.text.range(of: #"\{\{%\s*CONTENT_TYPE:\s*\#(required)\s*\}\}"#, options: .regularExpression)
        if pragma == nil {
            throw .badTemplate(Diagnostic(.error, "a .\(name.split(separator: ".").last!) template must start with {{% CONTENT_TYPE: \(required)}} so its values are escaped for its format",
                                          at: SourceLocation(file: source.file, line: 1, column: 1), keyPath: nil))
        }
    }

    private static func overrideFiles(in directory: String) throws(ExportError) -> [(String, String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .inputMissing(path: directory, what: "templates folder")
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let paths = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String]) ?? []
        return paths.filter { $0.hasSuffix(".mustache") }.sorted().map { relative in
            (String(relative.dropLast(".mustache".count)), base + relative)
        }
    }
}
