import Foundation
import Testing

/// Runs `dlde-export program` for the tests and keeps its output folder.
struct ProgramRun {
    let folder = TemporaryFolder()
    let result: RunResult

    static let hostile = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/program-hostile").path
    static let daylightSaving = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/program-dst").path

    init(workshop: String, pdf: Bool, extra: [String] = [], environment: [String: String] = [:]) {
        let output = folder.url.appendingPathComponent("out").path
        result = Run.tool(["program", "--workshop", workshop, "--output", output] + (pdf ? ["--pdf"] : []) + extra,
                          in: TestPaths.root.path, environment: environment)
    }

    var output: URL { folder.url.appendingPathComponent("out") }
    func path(_ name: String) -> String { output.appendingPathComponent(name).path }
    func text(_ name: String) -> String { folder.read("out/" + name) ?? "" }

    /// The PDF's text (pdftotext), with runs of white space made one space.
    func pdfText(_ name: String = "program.pdf") -> String {
        let text = Run.program("pdftotext", [path(name), "-"]).stdout
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The PDF's text laid out as on the page (table rows on one line), each
    /// line's white space made single.
    func pdfLines(_ name: String = "program.pdf") -> [String] {
        Run.program("pdftotext", ["-layout", path(name), "-"]).stdout.components(separatedBy: "\n").map(squeezed)
    }
}

/// Names and titles as pdftotext prints them, whitespace made single.
func squeezed(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
