import Foundation
import Testing
@testable import DLDEExport

/// Template rules of the program: overrides, unknown fields, raw output only
/// for rendered values.
@Suite("Program: templates")
struct ProgramTemplateTests {
    private let templates = TestPaths.root.appendingPathComponent("templates")

    @Test func rawOutputOnlyForRenderedValues() throws {
        // Every {{{name}}} / {{&name}} in the built-in templates names an
        // already-rendered value: its key ends in _html or _latex.
        let library = try TemplateLibrary.load(overrides: nil)
        for name in library.names where name.hasPrefix("program") || name.hasPrefix("partials/") {
            let text = try #require(BuiltinTemplates.files[name])
            let pattern = try NSRegularExpression(pattern: #"\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\}"#)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
                let key = String(text[Range(range, in: text)!])
                #expect(key.hasSuffix("_html") || key.hasSuffix("_latex"), "\(name): raw {{{\(key)}}}")
            }
        }
    }

    @Test func everyBuiltinTemplateRendersWithTheProbes() throws {
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        let files = try ProgramWriter().files(for: workshop, context: WriterContext())
        #expect(files.map(\.path) == ["program.html", "program.tex"])
    }

    @Test func overrideReplacesOnePartialAndUnknownFieldIsLocated() throws {
        let folder = TemporaryFolder()
        // A customised paper partial: used by the program.
        let partial = try String(contentsOf: templates.appendingPathComponent("partials/paper.html.mustache"), encoding: .utf8)
        folder.write("t/partials/paper.html.mustache", partial.replacingOccurrences(of: "<article class=\"paper\"", with: "<article data-custom=\"yes\" class=\"paper\""))
        let good = Run.tool(["program", "--templates", folder.url.appendingPathComponent("t").path, "-o", folder.url.appendingPathComponent("out").path], in: TestPaths.root.path)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(folder.read("out/program.html")?.contains("data-custom=\"yes\"") == true)

        // A typo inside sections: found (by the real data or the probes) before anything is written.
        folder.write("bad/partials/paper.tex.mustache", "{{% CONTENT_TYPE: LATEX}}\n\\par\n{{#has_links}}{{#links}}{{nmae}}{{/links}}{{/has_links}}\n")
        let out = folder.url.appendingPathComponent("out2").path
        let bad = Run.tool(["program", "--templates", folder.url.appendingPathComponent("bad").path, "-o", out], in: TestPaths.root.path)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad/partials/paper.tex.mustache:3:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("unknown field 'nmae'"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/program.html"), "nothing is written")
    }

    @Test func allWithPdfWritesTheBooklet() {
        let folder = TemporaryFolder()
        let out = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["all", "--pdf", "-o", out], in: TestPaths.root.path)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["program.html", "program.tex", "program.pdf", "workshop.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
        }
        // The site holds the same PDF (compiled once) and links it.
        #expect(FileManager.default.contents(atPath: out + "/site/program.pdf") == FileManager.default.contents(atPath: out + "/program.pdf"))
        #expect(folder.read("out/site/index.html")?.contains("<a href=\"program.pdf\">PDF</a>") == true)
    }
}
