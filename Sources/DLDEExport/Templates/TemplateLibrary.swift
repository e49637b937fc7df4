import Foundation

/// The templates: the built-in set (the project's `templates/` folder,
/// embedded in the binary) with any file of an override folder replacing the
/// built-in file of the same name, or adding a new partial.
///
/// Names are paths below the folder without `.mustache`: `program.html`,
/// `partials/paper.tex`, `email/program.txt`. A template whose name ends in
/// `.tex` must declare `{{% CONTENT_TYPE: LATEX}}` and one ending in `.txt`
/// `{{% CONTENT_TYPE: TEXT}}`, partials included (a template without the
/// pragma is escaped for HTML). Every template is compiled once, when the
/// library is loaded (`MustacheParser`), and rendered by `MustacheRenderer`.
public struct TemplateLibrary: Sendable {
    /// Compiled templates, in the order of their names.
    private let program: MustacheProgram
    /// Template name to its index in `program.templates`.
    private let indices: [String: Int]
    /// How many tags look names up, across the library.
    private let sites: Int
    /// Template name to (file as users know it, text).
    private let sources: [String: (file: String, text: String)]

    /// Loads the built-in templates and the files of `overrides`.
    public static func load(overrides: String?) throws(ExportError) -> TemplateLibrary {
        var sources: [String: (file: String, text: String)] = [:]
        for (name, text) in BuiltinTemplates.files {
            sources[name] = ("templates/\(name).mustache", text)
        }
        if let overrides {
            for (name, file) in try overrideFiles(in: overrides) {
                guard let text = Self.readUTF8(file) else {
                    throw .badTemplate(Diagnostic(.error, "cannot read the template as UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1), keyPath: nil))
                }
                sources[name] = (file, text)
            }
        }
        return try PhaseTimer.measure("compile templates") { () throws(ExportError) in try compile(sources, missingPartialsAreErrors: true) }
    }

    /// Compiles `sources` (name to file and text). A partial no template
    /// has is an error, or (for the Mustache specification's tests) empty.
    static func compile(_ sources: [String: (file: String, text: String)], missingPartialsAreErrors: Bool) throws(ExportError) -> TemplateLibrary {
        let names = sources.keys.sorted()
        let indices = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        var compiled: [[MustacheNode]] = []
        var sites = 0
        // The first partial no template has, reported after syntax errors.
        var missing: Diagnostic?
        for name in names {
            let source = sources[name]!
            try checkContentType(name: name, source: source)
            var parser = MustacheParser(source.text, partials: indices, firstSite: sites)
            switch parser.parse() {
            case .success(let nodes):
                if missing == nil, let partial = parser.missingPartials.first {
                    missing = Diagnostic(.error, "no template named '\(partial.name)' for this partial",
                                         at: SourceLocation(file: source.file, line: partial.line, column: partial.column), keyPath: nil)
                }
                compiled.append(nodes)
                sites = parser.nextSite
            case .failure(let failure):
                throw .badTemplate(Diagnostic(.error, "template syntax: \(failure.error)",
                                              at: SourceLocation(file: source.file, line: failure.line, column: failure.column), keyPath: nil))
            }
        }
        if missingPartialsAreErrors, let missing { throw .badTemplate(missing) }
        return TemplateLibrary(program: MustacheProgram(compiled), indices: indices, sites: sites, sources: sources)
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
        String(decoding: try renderUTF8(name, root, probes: probes), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes (no `String` copy of a large text).
    func renderUTF8(_ name: String, _ root: TemplateObject, probes: [TemplateObject] = []) throws(ExportError) -> [UInt8] {
        let output = TemplateOutput()
        try render(name, root, probes: probes, to: output)
        return output.bytes
    }

    /// `renderUTF8` in pieces that end at line ends (`TemplateOutput.pieces`),
    /// for a text of tens of megabytes.
    func renderInLinePieces(_ name: String, _ root: TemplateObject, probes: [TemplateObject] = []) throws(ExportError) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        let output = TemplateOutput(pieces: { piece in
            pieces.append(piece)
            return true
        })
        try render(name, root, probes: probes, to: output)
        output.finishPieces()
        return pieces
    }

    /// Renders like `render(_:_:probes:)`, handing the text to `write` in
    /// chunks as it is made (for outputs too large to hold as one text):
    /// `write` returns false when it cannot write, and this returns false
    /// then. An unknown name is still an error, found when the rendering
    /// ends, after some text may have been written.
    public func write(_ name: String, _ root: TemplateObject, probes: [TemplateObject] = [],
                      to write: @escaping (UnsafeRawBufferPointer) -> Bool) throws(ExportError) -> Bool {
        let output = TemplateOutput(sink: write)
        try render(name, root, probes: probes, to: output)
        output.flush()
        return !output.failed
    }

    /// The file of template `name` rendered with `root`, made when it is
    /// written: the probes are rendered now (into nothing), so an unknown
    /// name is an error before anything is written, with the message
    /// `render` gives; the file is then written in chunks, its text never
    /// held whole. (A name only the real data reaches is still an error,
    /// when the file is written.)
    public func streamed(_ name: String, _ root: TemplateObject, probes: [TemplateObject], as path: String) throws(ExportError) -> OutputFile {
        try checkNames(name, root, probes: probes)
        let context = UncheckedBox(root)
        return OutputFile(path: path, streaming: { write throws(ExportError) in
            try PhaseTimer.measure("render \(name)") { () throws(ExportError) in try self.write(name, context.value, to: write) }
        })
    }

    /// Renders the probes into nothing and throws for an unknown name, as
    /// `render` would (the real context's first one when it has one), before
    /// a file rendered later is written.
    func checkNames(_ name: String, _ root: TemplateObject, probes: [TemplateObject]) throws(ExportError) {
        guard let index = indices[name] else {
            throw .internalError("no template named '\(name)'")
        }
        for probe in probes {
            guard let miss = misses(index, probe).first else { continue }
            if let rootMiss = misses(index, root).first {
                throw .badTemplate(unknownField(rootMiss, from: name, known: root.fieldNames))
            }
            throw .badTemplate(unknownField(miss, from: name, known: probe.fieldNames))
        }
    }

    /// Renders template `name` with `root` (no probes: `checkNames` first),
    /// handing the text to `take` in pieces of about 1 MiB cut after a
    /// line end; false when `take` refuses one. An unknown name is an
    /// error once the rendering ends.
    func write(_ name: String, _ root: TemplateObject, inPieces take: @escaping ([UInt8]) -> Bool) throws(ExportError) -> Bool {
        let output = TemplateOutput(pieces: take)
        try render(name, root, probes: [], to: output)
        output.finishPieces()
        return !output.failed
    }

    /// The unknown names a rendering of template `index` with `context` meets.
    private func misses(_ index: Int, _ context: TemplateObject) -> [String] {
        var renderer = MustacheRenderer(program: program, sites: sites, root: .object(context), output: .discarding(), recordsMisses: true)
        renderer.render(template: index)
        return renderer.misses
    }

    /// Renders with the real context into `output`, then each probe into
    /// nothing; throws for the first context that names an unknown field.
    private func render(_ name: String, _ root: TemplateObject, probes: [TemplateObject], to output: TemplateOutput) throws(ExportError) {
        guard let index = indices[name] else {
            throw .internalError("no template named '\(name)'")
        }
        for (number, context) in ([root] + probes).enumerated() {
            var renderer = MustacheRenderer(program: program, sites: sites, root: .object(context),
                                            output: number == 0 ? output : .discarding(), recordsMisses: true)
            renderer.render(template: index)
            if let unknown = renderer.misses.first {
                throw .badTemplate(unknownField(unknown, from: name, known: context.fieldNames))
            }
        }
    }

    /// Renders template `name` with `root` as the Mustache specification
    /// says: a name no object declares renders as empty text.
    func renderLeniently(_ name: String, _ root: TemplateValue) -> String? {
        guard let index = indices[name] else { return nil }
        let output = TemplateOutput()
        var renderer = MustacheRenderer(program: program, sites: sites, root: root, output: output, recordsMisses: false)
        renderer.render(template: index)
        return String(decoding: output.bytes, as: UTF8.self)
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
        if !hasContentTypePragma(source.text, required) {
            throw .badTemplate(Diagnostic(.error, "a .\(name.split(separator: ".").last!) template must start with {{% CONTENT_TYPE: \(required)}} so its values are escaped for its format",
                                          at: SourceLocation(file: source.file, line: 1, column: 1), keyPath: nil))
        }
    }

    /// Whether `text` holds `{{% CONTENT_TYPE: <type>}}`, with any white
    /// space (ICU's `\s`, Unicode's White_Space property: tab to carriage
    /// return, NEL, the space, line and paragraph separators) after
    /// `{{%` and around the type. By scalars: a regular expression is
    /// compiled by ICU for each call, and templates are checked at every run.
    static func hasContentTypePragma(_ text: String, _ type: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func skipSpace(_ index: inout Int) {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        }
        func read(_ word: String, _ index: inout Int) -> Bool {
            for scalar in word.unicodeScalars {
                guard index < scalars.count, scalars[index] == scalar else { return false }
                index += 1
            }
            return true
        }
        var start = 0
        while start < scalars.count {
            var index = start
            start += 1
            guard read("{{%", &index) else { continue }
            skipSpace(&index)
            guard read("CONTENT_TYPE:", &index) else { continue }
            skipSpace(&index)
            guard read(type, &index) else { continue }
            skipSpace(&index)
            if read("}}", &index) { return true }
        }
        return false
    }

    /// The file's text, nil when it cannot be read or is not UTF-8. An
    /// empty file is not read: Foundation's reader leaks its 4 KiB buffer
    /// on one (found by the fuzzer's leak checker).
    private static func readUTF8(_ file: String) -> String? {
        var status = stat()
        if stat(file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size == 0 { return "" }
        return try? String(contentsOfFile: file, encoding: .utf8)
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
