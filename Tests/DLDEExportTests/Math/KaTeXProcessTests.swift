@testable import DLDEExport
import Foundation
import Testing

/// The converter's Node.js process started ahead of its batch
/// (`KaTeXConverter.started()`, `MathPrestart`): the same answers as a
/// process started for the batch, nothing left behind when it is not used,
/// and a process that died is an error, not a SIGPIPE.
@Suite("Math: KaTeX process started early")
struct KaTeXProcessTests {
    static let spans = [
        MathSource(tex: "\\frac{a}{b}", display: true),
        MathSource(tex: "\\mathcal{O}(n)", display: false),
        MathSource(tex: "a_b_c", display: false),
    ]

    @Test func startedEarlyAnswersAsStartedForTheBatch() throws {
        let converter = try MathMLConverterTests.converter()
        let started = try converter.started()
        // The batch arrives later, as it does after loading.
        Thread.sleep(forTimeInterval: 0.3)
        let early = try started.convert(Self.spans)
        let late = try converter.convert(Self.spans)
        #expect(early == late)
        guard case .mathml = early[0], case .failed = early[2] else {
            Issue.record("expected MathML then a failure: \(early)")
            return
        }
    }

    @Test func anUnusedProcessIsStoppedAndLeavesNothing() throws {
        var folder = ""
        var pid: Int32 = 0
        do {
            let started = try MathMLConverterTests.converter().started()
            let process = try #require(started.process)
            folder = process.folder.path
            pid = process.processIdentifier
            #expect(FileManager.default.fileExists(atPath: folder))
            #expect(kill(pid, 0) == 0, "the process runs")
            started.cancel()
            // A second cancel (and the release below) are harmless.
            started.cancel()
        }
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the process is gone")
    }

    @Test func aProcessThatDiedIsAnErrorNotASignal() throws {
        let real = try MathMLConverterTests.converter()
        // KaTeX's module missing: the script dies at require() before reading its input.
        let broken = try KaTeXConverter(node: real.node, katex: "/nonexistent/katex").started()
        Thread.sleep(forTimeInterval: 0.5)
        let big = Array(repeating: MathSource(tex: String(repeating: "x+", count: 2000), display: false), count: 200)
        #expect(throws: ExportError.self) { try broken.convert(big) }
    }
}
