import Foundation
import Testing

/// Python's own csv and json modules read each export, PyYAML reads what
/// `dlde-export import` printed, and tests/check_import.py checks that ids,
/// titles, abstracts and author counts agree: SwiftCSV's parse and Yams'
/// quoting checked against independent readers.
@Suite("Import: checked by Python's csv, json and PyYAML")
struct ImportConsumerTests {
    @Test(arguments: ImportFixtures.pairs)
    func printedYAMLAgreesWithPythonsReading(_ pair: ImportFixtures.Pair) throws {
        let python = TestPaths.python.path
        try #require(FileManager.default.isExecutableFile(atPath: python), "run `make deps-test` to create .venv with PyYAML")
        let run = Run.tool(["import", pair.exportPath])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = TemporaryFolder()
        let printed = folder.write("papers.yaml", run.stdout)
        let check = Run.program(python, [TestPaths.root.appendingPathComponent("tests/check_import.py").path, pair.exportPath, printed])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("ok ") }.count == pair.paperCount)
    }
}
