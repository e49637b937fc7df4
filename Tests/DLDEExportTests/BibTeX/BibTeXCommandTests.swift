import Foundation
import Testing
@testable import DLDEExport

/// `dlde-export bibtex` through the built binary: file name, standard
/// output, determinism, and the `--ascii` error.
@Suite("dlde-export bibtex", .serialized)
struct BibTeXCommandTests {
    @Test func writesTheWorkshopIdDotBib() throws {
        let folder = TemporaryFolder()
        let run = Run.tool(["bibtex", "--workshop", TestPaths.bundledWorkshop.path, "--output", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Array(folder.snapshot("").keys) == ["dlde-2021.bib"])
        #expect(run.stderr.contains("dlde-2021.bib"))
    }

    @Test func dashPrintsToStandardOutputAndIsDeterministic() {
        // The fixture's `\(\input{/etc/passwd}\)` is refused by the math check; BibTeX's escaping is tested with --math tex.
        let arguments = ["bibtex", "--workshop", BibTeXConsumers.hostileWorkshop.path, "-o", "-", "--abstracts", "--math", "tex"]
        let first = Run.tool(arguments, environment: ["SOURCE_DATE_EPOCH": "1"])
        let second = Run.tool(arguments, environment: ["SOURCE_DATE_EPOCH": "999999999"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("@proceedings{hostile-2024,\n"))
        #expect(first.stdout.contains("  abstract = {"))
        #expect(first.stdoutData == second.stdoutData)
    }

    @Test func theSameKeysWhateverThePapersOrder() throws {
        let folder = TemporaryFolder()
        let papers = try String(contentsOf: BibTeXConsumers.hostileWorkshop.appendingPathComponent("papers.yaml"), encoding: .utf8)
        // Reverse the list of papers: each starts with "- id:".
        let items = papers.components(separatedBy: "\n- id:").enumerated().map { $0.offset == 0 ? String($0.element.dropFirst(5)) : $0.element }
        folder.write("papers.yaml", items.reversed().map { "- id:" + $0 }.joined(separator: "\n") + "\n")
        func keys(_ papersFile: String?) -> [String] {
            var arguments = ["bibtex", "--workshop", BibTeXConsumers.hostileWorkshop.path, "-o", "-", "--math", "tex"]
            if let papersFile { arguments += ["--papers", papersFile] }
            let run = Run.tool(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            // Each entry's first two lines: its key and its title.
            return run.stdout.components(separatedBy: "\n\n").map { $0.split(separator: "\n").prefix(2).joined(separator: " ") }.sorted()
        }
        let original = keys(nil)
        #expect(original.count == 10)
        #expect(keys(folder.path + "/papers.yaml") == original)
    }

    @Test func asciiFailsNamingThePaperWhenACharacterHasNoASCIIForm() throws {
        let folder = TemporaryFolder()
        let workshop = try String(contentsOf: BibTeXConsumers.hostileWorkshop.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        folder.write("ws/workshop.yaml", workshop)
        folder.write("ws/papers.yaml", """
            - id: "fine"
              title: "Ünïcödé Latin is fine"
              authors: [{ name: "Zoë Ødegaard" }]
              presentation: poster
            - id: "cjk-paper"
              title: "Neural ODEs 神经常微分方程"
              authors: [{ name: "王小明" }]
              presentation: poster

            """)
        let output = folder.url.appendingPathComponent("out").path
        let run = Run.tool(["bibtex", "--workshop", folder.path + "/ws", "--ascii", "--output", output])
        #expect(run.status == 65)
        #expect(run.stderr.contains("error: paper 'cjk-paper': '神' (U+795E) has no ASCII form"), "\(run.stderr)")
        #expect(run.stderr.contains("[papers[1].title]"))
        #expect(run.stderr.contains("[papers[1].authors]"))
        #expect(!run.stderr.contains("error: paper 'fine'"))
        #expect(!FileManager.default.fileExists(atPath: output + "/hostile-2024.bib"))

        // Without --ascii the same papers are written in UTF-8 and read back.
        let utf8 = Run.tool(["bibtex", "--workshop", folder.path + "/ws", "-o", "-"])
        #expect(utf8.status == 0)
        #expect(utf8.stdout.contains("@inproceedings{wang-xiao-ming-2024-neural,"))
        #expect(utf8.stdout.contains("author = {{王小明}}"))
        // ... with a warning naming the paper and the field, and none for the Latin paper.
        #expect(utf8.stderr.contains("warning: paper 'cjk-paper': '神' (U+795E) has no LaTeX form, so the .bib keeps it as UTF-8"), "\(utf8.stderr)")
        #expect(utf8.stderr.contains("[papers[1].title]") && utf8.stderr.contains("[papers[1].authors]"))
        #expect(!utf8.stderr.contains("paper 'fine': "))
        guard case .success(let entries) = BibTeXConsumers.readBack(utf8.stdout) else {
            Issue.record("pybtex could not read the UTF-8 file")
            return
        }
        #expect(entries.last?.text("title") == "Neural ODEs 神经常微分方程")
    }
}
