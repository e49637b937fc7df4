import Foundation
import Testing
@testable import DLDEExport

/// Each export, loaded with `--papers`, gives the same papers and the same
/// output of every writer as the papers.yaml written by hand for it; and
/// `dlde-export import` prints YAML that loads back into those papers.
@Suite("Import: exports equal their papers.yaml")
struct ImportEquivalenceTests {
    @Test(arguments: ImportFixtures.pairs)
    func exportLoadsAsItsYAML(_ pair: ImportFixtures.Pair) throws {
        let imported = try ImportFixtures.load(papers: pair.exportPath)
        let written = try ImportFixtures.load(papers: pair.yamlPath)
        #expect(imported.workshop.papers.count == pair.paperCount)
        #expect(imported.workshop.papers == written.workshop.papers)
        // Field by field too, so a failure says which paper differs.
        for (a, b) in zip(imported.workshop.papers, written.workshop.papers) {
            #expect(a.id == b.id)
            #expect(a.title.source == b.title.source)
            #expect(a.authors == b.authors, "authors of \(a.id)")
            #expect(a.abstract?.source == b.abstract?.source, "abstract of \(a.id)")
        }
    }

    @Test(arguments: ImportFixtures.pairs)
    func everyWriterGivesTheSameFiles(_ pair: ImportFixtures.Pair) throws {
        let imported = try ImportFixtures.load(papers: pair.exportPath).workshop
        let written = try ImportFixtures.load(papers: pair.yamlPath).workshop
        let context = WriterContext(templatesDirectory: TestPaths.root.appendingPathComponent("templates").path,
                                    sourceDate: Date(timeIntervalSince1970: 1_639_440_000))
        for writer in OutputWriters.all {
            let a = try writer.files(for: imported, context: context)
            let b = try writer.files(for: written, context: context)
            #expect(a.map(\.path) == b.map(\.path), "\(writer.command)")
            for (fileA, fileB) in zip(a, b) {
                #expect(fileA.contents == fileB.contents, "\(writer.command): \(fileA.path)")
            }
        }
    }

    @Test(arguments: ImportFixtures.pairs)
    func jsonCommandOutputIsIdentical(_ pair: ImportFixtures.Pair) throws {
        let folder = TemporaryFolder()
        var outputs: [Data] = []
        for papers in [pair.exportPath, pair.yamlPath] {
            let out = folder.url.appendingPathComponent(UUID().uuidString).path
            let run = Run.tool(["json", "--workshop", ImportFixtures.workshop, "--papers", papers, "-o", out])
            #expect(run.status == 0, "\(run.stderr)")
            outputs.append((try? Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("workshop.json"))) ?? Data())
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs[0] == outputs[1])
        // The JSON names every paper of the hand-written YAML.
        let object = try JSONSerialization.jsonObject(with: outputs[0]) as? [String: Any]
        #expect((object?["papers"] as? [Any])?.count == pair.paperCount)
    }

    @Test(arguments: ImportFixtures.pairs)
    func importPrintsYAMLThatLoadsBack(_ pair: ImportFixtures.Pair) throws {
        let run = Run.tool(["import", pair.exportPath])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("#"), "no comments in the printed YAML")
        let folder = TemporaryFolder()
        let printed = folder.write("papers.yaml", run.stdout)
        let reloaded = try ImportFixtures.load(papers: printed)
        let written = try ImportFixtures.load(papers: pair.yamlPath)
        #expect(reloaded.workshop.papers == written.workshop.papers)
        // Same input, byte-identical output.
        #expect(Run.tool(["import", pair.exportPath]).stdout == run.stdout)
    }

    @Test func csvWithoutPresentationTakesTheDefault() throws {
        let folder = TemporaryFolder()
        let csv = folder.write("accepted.csv", "Paper ID,Paper Title,Authors,Status\n5,A Title,Greg Ver Steeg (USC)*,Accept\n")
        let without = Run.tool(["import", csv])
        #expect(without.status == 65)
        #expect(without.stderr.contains("\(csv):2:1: error: row 2: cannot tell the presentation type"))
        #expect(without.stderr.contains("--presentation"))
        #expect(without.stdout.isEmpty)

        let with = Run.tool(["import", csv, "--presentation", "poster"])
        #expect(with.status == 0, "\(with.stderr)")
        let result = try PapersImport.importFile(csv, defaultPresentation: .poster)
        #expect(result.papers.map(\.presentation) == [.poster])
        #expect(result.papers.first?.authors.first?.name == PersonName("Greg Ver Steeg"))
        #expect(with.stdout == result.yaml)
    }

    @Test func papersOptionTakesTheDefaultPresentationToo() throws {
        let folder = TemporaryFolder()
        let csv = folder.write("accepted.csv", "Paper ID,Paper Title,Authors,Status\n5,A Title,Greg Ver Steeg (USC)*,Accept\n")
        let workshop = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/import/workshop").path
        let without = Run.tool(["json", "--workshop", workshop, "--papers", csv, "-o", "-"])
        #expect(without.status == 65)
        let with = Run.tool(["json", "--workshop", workshop, "--papers", csv, "--presentation", "poster", "-o", "-"])
        #expect(with.status == 0, "\(with.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: with.stdoutData) as? [String: Any])
        let papers = try #require(json["papers"] as? [[String: Any]])
        #expect(papers.map { $0["presentation"] as? String } == ["poster"])
    }
}
