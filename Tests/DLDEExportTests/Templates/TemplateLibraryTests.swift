import Foundation
import Testing
@testable import DLDEExport

@Suite("Templates")
struct TemplateLibraryTests {
    private func context() -> TemplateObject {
        let paper = TemplateObject()
        paper["title"] = "Fast & {exact} 100% solvers_"
        paper["pdf"] = nil
        let root = TemplateObject()
        root["name"] = "DLDE <2021>"
        root["papers"] = [paper]
        return root
    }

    @Test func htmlAndLaTeXEscapingByDefault() throws {
        let folder = TemporaryFolder()
        folder.write("t/page.html.mustache", "<h1>{{name}}</h1>{{#papers}}<p>{{title}}</p>{{/papers}}")
        folder.write("t/doc.tex.mustache", "{{% CONTENT_TYPE: LATEX}}\\section{ {{name}} }{{#papers}}{{> item.tex}}{{/papers}}")
        folder.write("t/item.tex.mustache", "{{% CONTENT_TYPE: LATEX}}\\item {{title}}{{^pdf}} (no PDF){{/pdf}}")
        let library = try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path)
        let html = try library.render("page.html", context())
        #expect(html == "<h1>DLDE &lt;2021&gt;</h1><p>Fast &amp; {exact} 100% solvers_</p>")
        let tex = try library.render("doc.tex", context())
        #expect(tex.contains("DLDE \\textless{}2021\\textgreater{}"), "\(tex)")
        #expect(tex.contains("\\item Fast \\& \\{exact\\} 100\\% solvers\\_ (no PDF)"), "\(tex)")
    }

    @Test func unknownFieldIsAnErrorWithItsPlace() throws {
        let folder = TemporaryFolder()
        folder.write("t/page.html.mustache", "<h1>{{name}}</h1>\n{{#papers}}\n  <p>{{titel}}</p>\n{{/papers}}")
        let library = try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path)
        #expect {
            _ = try library.render("page.html", context())
        } throws: { error in
            guard case ExportError.badTemplate(let diagnostic) = error else { return false }
            return diagnostic.description.hasSuffix("t/page.html.mustache:3:6: error: unknown field 'titel' in a template")
                || diagnostic.description.contains("t/page.html.mustache:3:6: error: unknown field 'titel'")
        }
    }

    @Test func unknownFieldInASectionTheDataNeverOpensIsFoundByAProbe() throws {
        let folder = TemporaryFolder()
        folder.write("t/page.html.mustache", "{{#papers}}{{nmae}}{{/papers}}")
        let library = try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path)
        let empty = TemplateObject()
        empty["papers"] = [TemplateObject]()
        #expect(try library.render("page.html", empty) == "")
        #expect(throws: ExportError.self) { try library.render("page.html", empty, probes: [context()]) }
    }

    /// Text values render and open sections; inside a text section, other
    /// names are found in the outer objects, and unknown ones are still errors.
    @Test func textValuesBehaveAsStrings() throws {
        let folder = TemporaryFolder()
        folder.write("t/page.html.mustache", "{{name}}|{{#name}}[{{.}} {{#papers}}{{title}}{{/papers}}]{{/name}}|{{^name}}none{{/name}}")
        folder.write("t/bad.html.mustache", "{{#name}}{{nope}}{{/name}}")
        let library = try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path)
        let page = try library.render("page.html", context())
        #expect(page == "DLDE &lt;2021&gt;|[DLDE &lt;2021&gt; Fast &amp; {exact} 100% solvers_]|", "\(page)")
        #expect(throws: ExportError.self) { try library.render("bad.html", context()) }
    }

    /// What docs/templates.md does not list (swift-mustache's transforms,
    /// dynamic partials, inheritance) and partials no template has are
    /// errors at their place when the templates are loaded.
    @Test(arguments: [
        ("{{lowercased(name)}}", "1:1: error: template syntax: transforms"),
        ("x\n{{>*name}}", "2:1: error: template syntax: dynamic partials"),
        ("{{<parent}}{{/parent}}", "1:1: error: template syntax: template inheritance"),
        ("a\n  b {{> partials/nothing.html}}", "2:5: error: no template named 'partials/nothing.html' for this partial"),
    ])
    func unsupportedConstructsAreLocatedErrors(template: String, message: String) throws {
        let folder = TemporaryFolder()
        folder.write("t/page.html.mustache", template)
        #expect {
            _ = try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path)
        } throws: { error in
            guard case ExportError.badTemplate(let diagnostic) = error else { return false }
            return diagnostic.description.contains("t/page.html.mustache:" + message)
        }
    }

    /// A record declares exactly its table's fields: nil renders as empty and
    /// as a false section, other names go on to the outer objects, names no
    /// object declares are errors.
    @Test func recordsComputeTheirFieldsWhenAsked() throws {
        struct Item { var title: String; var note: String? }
        let fields: TemplateRecord<Item>.Fields = ["title": { $0.title }, "note": { $0.note }]
        let root = TemplateObject()
        root["name"] = "W"
        root["items"] = [TemplateRecord(Item(title: "A & B", note: nil), fields: fields),
                         TemplateRecord(Item(title: "C", note: "n"), fields: fields)]
        let folder = TemporaryFolder()
        folder.write("t/page.html.mustache", "{{#items}}{{title}}/{{name}}{{#note}}:{{note}}{{/note}}{{^note}}-{{/note}};{{/items}}")
        folder.write("t/bad.html.mustache", "{{#items}}{{titel}}{{/items}}")
        let library = try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path)
        #expect(try library.render("page.html", root) == "A &amp; B/W-;C/W:n;")
        #expect {
            _ = try library.render("bad.html", root)
        } throws: { error in
            guard case ExportError.badTemplate(let diagnostic) = error else { return false }
            return diagnostic.description.contains("unknown field 'titel'")
        }
    }

    @Test func latexPartialWithoutPragmaIsRefused() throws {
        let folder = TemporaryFolder()
        folder.write("t/item.tex.mustache", "\\item {{title}}")
        #expect(throws: ExportError.self) { try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path) }
    }

    @Test func syntaxErrorsAreLocated() throws {
        let folder = TemporaryFolder()
        folder.write("t/page.html.mustache", "line one\n{{#papers}}\nno end")
        #expect {
            _ = try TemplateLibrary.load(overrides: folder.url.appendingPathComponent("t").path)
        } throws: { error in
            guard case ExportError.badTemplate(let diagnostic) = error else { return false }
            return diagnostic.location?.file.hasSuffix("t/page.html.mustache") == true
        }
    }

    @Test func missingOverrideFolderIsInputMissing() {
        #expect {
            _ = try TemplateLibrary.load(overrides: "/nonexistent/templates")
        } throws: { error in
            if case ExportError.inputMissing = error { return true }
            return false
        }
    }

    @Test func embeddedTemplatesMatchTheTemplatesFolder() {
        let result = Run.program(TestPaths.root.appendingPathComponent("scripts/embed-templates").path, ["--check"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
