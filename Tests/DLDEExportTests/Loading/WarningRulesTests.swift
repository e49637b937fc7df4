import Foundation
import Testing

/// Every warning rule of docs/input-format.md: reported with its place and key
/// path, exit status 0, and the output still written.
@Suite("check: warning rules")
struct WarningRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var replace: String
        var with: String
        var inPapers = false
        var locatedInPapers = false
        var lineContaining: String
        var keyPath: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "speaker in no slot", replace: "    speaker: grace\n", with: "",
             lineContaining: "  - id: grace", keyPath: "speakers[0]", message: "speaker 'Grace Speaker' is in no slot"),
        Case(name: "paper in no slot", replace: "papers: [p1, p2]", with: "papers: [p1]", locatedInPapers: true,
             lineContaining: "- id: p2", keyPath: "papers[1]", message: "paper 'p2' is in no slot"),
        Case(name: "slot shorter than its talks", replace: "presentation: poster", with: "presentation: contributed-talk", inPapers: true,
             lineContaining: "papers: [p1, p2]", keyPath: "schedule[2].papers", message: "need 30",
        ),
        Case(name: "same URL for different people", replace: "url: \"https://ada.example.org/\"", with: "url: \"https://grace.example.org/\"",
             lineContaining: "url: \"https://grace.example.org/\"\nsponsors", keyPath: "organizers[0].url", message: "also given for Grace Speaker"),
        Case(name: "contributed talk with no paper", replace: "kind: contributed-talk\n    papers: [p1]", with: "kind: contributed-talk",
             lineContaining: "start: \"10:00\"", keyPath: "schedule[2]", message: "contributed talk with no paper"),
        Case(name: "announcement after the workshop", replace: "date: \"2024-01-15T09:00:00-05:00\"", with: "date: \"2024-06-15T09:00:00-04:00\"",
             lineContaining: "2024-06-15", keyPath: "announcements[0].date", message: "comes after the workshop"),
    ]

    @Test(arguments: cases)
    func warningIsLocatedAndOutputIsWritten(_ testCase: Case) throws {
        let folder = TemporaryFolder()
        var workshop = MinimalWorkshop.workshop
        var papers = MinimalWorkshop.papers
        if testCase.inPapers {
            #expect(papers.contains(testCase.replace))
            papers = papers.replacingOccurrences(of: testCase.replace, with: testCase.with)
        } else {
            #expect(workshop.contains(testCase.replace))
            workshop = workshop.replacingOccurrences(of: testCase.replace, with: testCase.with)
        }
        // In the "slot shorter" case p2 becomes a talk: put it into the 15-minute talk slot.
        if testCase.name == "slot shorter than its talks" {
            workshop = workshop.replacingOccurrences(of: "kind: contributed-talk\n    papers: [p1]", with: "kind: contributed-talk\n    papers: [p1, p2]")
        }
        let workshopPath = folder.write("in/workshop.yaml", workshop)
        let papersPath = folder.write("in/papers.yaml", papers)
        let (locatedPath, locatedText) = testCase.locatedInPapers ? (papersPath, papers) : (workshopPath, workshop)

        let result = Run.tool(["json", "--workshop", folder.url.appendingPathComponent("in").path, "--output", folder.url.appendingPathComponent("out").path])

        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains(": error: "))
        let warning = try #require(result.stderr.split(separator: "\n").first { $0.contains(": warning: ") && $0.contains(testCase.message) },
                                   "no warning '\(testCase.message)' in: \(result.stderr)")
        let line = try #require(locatedText.range(of: testCase.lineContaining).map { locatedText[..<$0.lowerBound].filter { $0 == "\n" }.count + 1 })
        #expect(warning.hasPrefix("\(locatedPath):\(line):"), "expected line \(line): \(warning)")
        #expect(warning.hasSuffix("[\(testCase.keyPath)]"), "\(warning)")
        #expect(folder.read("out/workshop.json") != nil, "the output was not written")
    }

    @Test func validMinimalWorkshopHasNoWarnings() {
        let folder = TemporaryFolder()
        folder.write("in/workshop.yaml", MinimalWorkshop.workshop)
        folder.write("in/papers.yaml", MinimalWorkshop.papers)
        let result = Run.tool(["check", "--workshop", folder.url.appendingPathComponent("in").path])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
        #expect(result.stderr.contains("no errors, 0 warnings"))
    }
}
