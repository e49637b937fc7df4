import Foundation
import Mustache
import PropertyBased
import Testing
@testable import DLDEExport

/// dlde-export's renderer against swift-mustache, the renderer it replaced,
/// used as dlde-export used it (objects whose undeclared names go on to the
/// outer objects and, at the root, are recorded as unknown; declared nils as
/// null renderables; LaTeX escaping registered as a content type): random
/// templates and data (`MustacheCaseGenerator`) must give byte-identical
/// text, the same unknown field, or the same syntax error at the same line
/// and column.
@Suite("Property: the template renderer agrees with swift-mustache")
struct MustacheDifferentialTests {
    @Test func sameOutputAsSwiftMustache() async {
        OldRenderer.registerLaTeX
        let counts = Counts()
        await propertyCheck(count: 3000, input: Gen.int(in: 0...Int.max)) { seed in
            var generator = MustacheCaseGenerator(seed: UInt64(seed))
            let (templates, data) = generator.makeCase()
            let new = NewRenderer.outcome(templates, data)
            // Random text can spell a construct dlde-export refuses
            // (`<%<x%>` with `<% %>` delimiters), or a partial no template
            // has (`(*>p0*)(*obj *)` with `(* *)` delimiters reads as the
            // partial `p0*)(*obj`, which swift-mustache rendered as nothing
            // and dlde-export reports): nothing to compare.
            if case .syntax(let message, _, _) = new, message.contains("are not supported") || message.hasPrefix("no template named") {
                counts.add(\.refused)
                return
            }
            let old = OldRenderer.outcome(templates, data)
            switch old {
            case .text: counts.add(\.texts)
            case .unknownField: counts.add(\.unknown)
            case .syntax: counts.add(\.syntax)
            }
            #expect(new == old, "seed \(seed)\ntemplates: \(templates.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.debugDescription)" }.joined(separator: "\n"))")
        }
        print("differential: \(counts.texts) rendered, \(counts.unknown) unknown fields, \(counts.syntax) syntax errors, \(counts.refused) refused constructs")
        #expect(counts.texts > 1000, "too few cases rendered text: \(counts.texts)")
    }

    /// How many cases ended how (the test prints them, and needs most to render).
    final class Counts: @unchecked Sendable {
        var texts = 0, unknown = 0, syntax = 0, refused = 0
        private let lock = NSLock()
        func add(_ key: ReferenceWritableKeyPath<Counts, Int>) {
            lock.lock()
            self[keyPath: key] += 1
            lock.unlock()
        }
    }

    /// A `"` followed by a combining mark is one character to Swift, which
    /// swift-mustache's escaper compared with `"`: it left it unescaped, so
    /// a value could end an HTML attribute. Escaping by bytes does not.
    @Test func quoteBeforeACombiningMarkIsEscaped() throws {
        let library = try TemplateLibrary.compile(["t": ("t", #"<a title="{{v}}">"#)], missingPartialsAreErrors: true)
        let root = TemplateObject()
        root["v"] = "x\"\u{301} onmouseover=alert(1)"
        #expect(try library.render("t", root) == "<a title=\"x&quot;\u{301} onmouseover=alert(1)\">")
    }
}

enum Outcome: Equatable {
    case text(String)
    case unknownField(String)
    case syntax(String, line: Int, column: Int)
}

/// dlde-export's renderer.
enum NewRenderer {
    static func outcome(_ templates: [String: String], _ data: MustacheCaseGenerator.Datum) -> Outcome {
        let sources = templates.mapValues { (file: "f", text: $0) }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary.compile(sources, missingPartialsAreErrors: true)
        } catch {
            guard case .badTemplate(let diagnostic) = error else { return .syntax("\(error)", line: 0, column: 0) }
            return .syntax(diagnostic.message, line: diagnostic.location?.line ?? 0, column: diagnostic.location?.column ?? 0)
        }
        do {
            return .text(try library.render("t", value(data) as! TemplateObject))
        } catch {
            guard case .badTemplate(let diagnostic) = error,
                  let name = diagnostic.message.split(separator: "'").dropFirst().first else { return .unknownField("\(error)") }
            return .unknownField(String(name))
        }
    }

    static func value(_ datum: MustacheCaseGenerator.Datum) -> Any? {
        switch datum {
        case .text(let text): return text
        case .number(let number): return number
        case .flag(let flag): return flag
        case .null: return nil
        case .object(let fields):
            let object = TemplateObject()
            for (name, field) in fields { object[name] = value(field) }
            return object
        case .list(let items, let records):
            var tables: [Int: TemplateRecord<[String: MustacheCaseGenerator.Datum]>.Table] = [:]
            return items.enumerated().map { index, item -> Any in
                guard records > 0, case .object(let fields) = item else { return value(item) as Any }
                let table = tables[index % records] ?? .init(Dictionary(uniqueKeysWithValues: fields.map { name, _ in
                    (name, { (source: [String: MustacheCaseGenerator.Datum]) in value(source[name]!) })
                }))
                tables[index % records] = table
                return TemplateRecord(Dictionary(uniqueKeysWithValues: fields), table: table)
            }
        }
    }
}

/// swift-mustache with the objects dlde-export gave it before.
enum OldRenderer {
    static let registerLaTeX: Void = MustacheContentTypes.register(LaTeX(), named: "LATEX")

    struct LaTeX: MustacheContentType {
        func escapeText(_ text: String) -> String { CMarkText.latex(text) }
    }

    final class Misses {
        var names: [String] = []
    }

    /// Describes itself as the object dlde-export's renderer is given for it
    /// (what `{{.}}` prints for an object).
    final class Object: MustacheParent, CustomStringConvertible {
        var values: [String: Any] = [:]
        var description = String(reflecting: TemplateObject.self)
        var misses: Misses?
        func child(named name: String) -> Any? {
            if let value = values[name] { return value }
            if name != ".", let misses, !misses.names.contains(name) { misses.names.append(name) }
            return nil
        }
    }

    struct Text: MustacheCustomRenderable, MustacheParent {
        let text: String
        var renderText: String { text }
        var isNull: Bool { false }
        func child(named name: String) -> Any? { nil }
    }

    struct Null: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }

    static func outcome(_ templates: [String: String], _ data: MustacheCaseGenerator.Datum) -> Outcome {
        var library = MustacheLibrary()
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                return .syntax("template syntax: \(error.error)", line: error.context.lineNumber, column: error.context.columnNumber)
            } catch {
                return .syntax("\(error)", line: 0, column: 0)
            }
        }
        let root = value(data) as! Object
        let misses = Misses()
        root.misses = misses
        let text = library.getTemplate(named: "t")!.render(root, library: library)
        if let first = misses.names.first { return .unknownField(first) }
        return .text(text)
    }

    static func value(_ datum: MustacheCaseGenerator.Datum) -> Any {
        switch datum {
        case .text(let text): return Text(text: text)
        case .number(let number): return number
        case .flag(let flag): return flag
        case .null: return Null()
        case .object(let fields):
            let object = Object()
            for (name, field) in fields { object.values[name] = value(field) }
            return object
        case .list(let items, let records):
            return items.map { item -> Any in
                let converted = value(item)
                if records > 0, let object = converted as? Object {
                    object.description = String(reflecting: TemplateRecord<[String: MustacheCaseGenerator.Datum]>.self)
                }
                return converted
            }
        }
    }
}
