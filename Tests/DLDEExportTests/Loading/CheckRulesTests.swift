import Foundation
import Testing

/// Every error rule of docs/input-format.md, through the built binary: a broken
/// file gives exit status 65, a located message with the key path, and leaves
/// the output folder untouched.
@Suite("check: error rules")
struct CheckRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Text to replace in workshop.yaml (or papers.yaml when `inPapers`).
        var replace: String
        var with: String
        var inPapers = false
        /// A second edit, when one is not enough.
        var alsoReplace: String = ""
        var alsoWith: String = ""
        /// Text on the line the error must point at (in the broken file).
        var lineContaining: String
        var keyPath: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "YAML that does not parse", replace: "title: \"A Minimal Workshop\"", with: "title: \"A Minimal Workshop",
             lineContaining: "venue:", keyPath: "", message: "YAML syntax"),
        Case(name: "missing required key", replace: "venue: \"Test Conference 2024 Workshop\"\n", with: "",
             lineContaining: "id: mini-2024", keyPath: "venue", message: "missing required key 'venue'"),
        Case(name: "wrong type", replace: "year: 2024", with: "year: [2024]",
             lineContaining: "year:", keyPath: "year", message: "expected an integer"),
        Case(name: "unknown key with hint", replace: "short_title: MINI", with: "short_titel: MINI",
             lineContaining: "short_titel", keyPath: "short_titel", message: "did you mean 'short_title'"),
        Case(name: "unknown nested key", replace: "    affiliation: Somewhere University", with: "    affilation: Somewhere University",
             lineContaining: "affilation", keyPath: "speakers[0].affilation", message: "did you mean 'affiliation'"),
        Case(name: "duplicate paper id", replace: "- id: p2", with: "- id: p1", inPapers: true,
             lineContaining: "- id: p1\n  title: \"A Poster\"", keyPath: "papers[1].id", message: "duplicate paper id 'p1'"),
        Case(name: "duplicate key in a mapping", replace: "short_title: MINI", with: "short_title: MINI\nshort_title: MINI2",
             lineContaining: "short_title: MINI", keyPath: "", message: "duplicate key 'short_title'"),
        Case(name: "unknown speaker", replace: "speaker: grace", with: "speaker: grase",
             lineContaining: "speaker: grase", keyPath: "schedule[1].speaker", message: "did you mean 'grace'"),
        Case(name: "unknown paper", replace: "papers: [p1, p2]", with: "papers: [p1, p9]",
             lineContaining: "papers: [p1, p9]", keyPath: "schedule[3].papers[1]", message: "unknown paper 'p9'"),
        Case(name: "time with AM/PM", replace: "start: \"10:00\"", with: "start: \"10:00 AM\"",
             lineContaining: "10:00 AM", keyPath: "schedule[2].start", message: "not a 24-hour time"),
        Case(name: "time out of range", replace: "start: \"10:00\"", with: "start: \"25:00\"",
             lineContaining: "25:00", keyPath: "schedule[2].start", message: "not a 24-hour time"),
        Case(name: "slots overlap", replace: "papers: [p1]\n", with: "papers: [p1]\n    end: \"10:30\"\n",
             lineContaining: "start: \"10:15\"", keyPath: "schedule[3].start", message: "overlaps the previous slot"),
        Case(name: "slots go backwards", replace: "papers: [p1]\n", with: "papers: [p1]\n    end: \"10:15\"\n",
             alsoReplace: "start: \"10:15\"", alsoWith: "start: \"09:05\"",
             lineContaining: "start: \"09:05\"", keyPath: "schedule[3].start", message: "goes backwards"),
        Case(name: "slot ends before it starts", replace: "    end: \"11:00\"", with: "    end: \"10:05\"",
             lineContaining: "end: \"10:05\"", keyPath: "schedule[3].end", message: "not after its start"),
        Case(name: "last slot without end", replace: "    end: \"11:00\"\n", with: "",
             lineContaining: "start: \"10:15\"", keyPath: "schedule[3].end", message: "the last slot needs an 'end'"),
        Case(name: "bad time zone", replace: "timezone: America/New_York", with: "timezone: America/New_Yrok",
             lineContaining: "timezone:", keyPath: "timezone", message: "did you mean 'America/New_York'"),
        Case(name: "bad extra time zone", replace: "extra_timezones: [UTC]", with: "extra_timezones: [UTC, Mars/Olympus]",
             lineContaining: "extra_timezones", keyPath: "extra_timezones[1]", message: "not an IANA time zone"),
        Case(name: "URL without a scheme", replace: "url: \"https://ada.example.org/\"", with: "url: \"ada.example.org\"",
             lineContaining: "url: \"ada.example.org\"", keyPath: "organizers[0].url", message: "https://ada.example.org"),
        Case(name: "javascript URL", replace: "url: \"https://acme.example.org/\"", with: "url: \"javascript:alert(1)\"",
             lineContaining: "javascript:", keyPath: "sponsors[0].url", message: "must start with http:// or https://"),
        Case(name: "not an email address", replace: "email: ada@example.org", with: "email: ada at example.org",
             lineContaining: "ada at example", keyPath: "contact[0].email", message: "not an email address"),
        Case(name: "bad mailing list", replace: "mailing_list: list@example.org", with: "mailing_list: list@",
             lineContaining: "mailing_list", keyPath: "mailing_list", message: "not an email address"),
        Case(name: "control character", replace: "title: \"A Minimal Workshop\"", with: "title: \"A Minimal\\u0007 Workshop\"",
             lineContaining: "title: \"A Minimal", keyPath: "title", message: "control character U+0007"),
        Case(name: "bad slot kind", replace: "kind: opening", with: "kind: openning",
             lineContaining: "kind: openning", keyPath: "schedule[0].kind", message: "did you mean 'opening'"),
        Case(name: "bad presentation", replace: "presentation: poster", with: "presentation: oral", inPapers: true,
             lineContaining: "presentation: oral", keyPath: "papers[1].presentation", message: "not one of contributed-talk, spotlight, poster"),
        Case(name: "paper without authors", replace: "    - name: Bo Author\n", with: "    []\n", inPapers: true,
             lineContaining: "    []", keyPath: "papers[1].authors", message: "needs at least 1 author"),
        Case(name: "bad id slug", replace: "id: mini-2024", with: "id: Mini_2024",
             lineContaining: "id: Mini_2024", keyPath: "id", message: "not a valid id"),
        Case(name: "bad date", replace: "date: 2024-05-10", with: "date: 2024-02-30",
             lineContaining: "date: 2024-02-30", keyPath: "date", message: "not a date"),
        Case(name: "bad announcement date", replace: "date: \"2024-01-15T09:00:00-05:00\"", with: "date: \"2024-01-15 09:00\"",
             lineContaining: "2024-01-15 09:00", keyPath: "announcements[0].date", message: "not an RFC 3339 date-time"),
        // Foundation's parser takes these; no writer could print the date back (a fuzzer's crash in announce).
        Case(name: "announcement date with a five-digit year", replace: "date: \"2024-01-15T09:00:00-05:00\"", with: "date: \"20241-01-15T09:00:00-05:00\"",
             lineContaining: "20241-01-15T09", keyPath: "announcements[0].date", message: "not an RFC 3339 date-time"),
        Case(name: "deadline with a one-digit day", replace: "at: \"2024-03-01T23:59:00-08:00\"", with: "at: \"2024-03-1T23:59:00-08:00\"",
             lineContaining: "2024-03-1T23:59", keyPath: "important_dates[0].at", message: "neither a date (YYYY-MM-DD) nor an RFC 3339 date-time"),
        Case(name: "announcement offset beyond any zone", replace: "date: \"2024-01-15T09:00:00-05:00\"", with: "date: \"2024-01-15T09:00:00-15:00\"",
             lineContaining: "2024-01-15T09:00:00-15:00", keyPath: "announcements[0].date", message: "has the UTC offset -15:00, beyond any time zone's (-12:00 to +14:00)"),
        Case(name: "deadline offset beyond any zone", replace: "at: \"2024-03-01T23:59:00-08:00\"", with: "at: \"2024-03-01T23:59:00+15:30\"",
             lineContaining: "2024-03-01T23:59:00+15:30", keyPath: "important_dates[0].at", message: "has the UTC offset +15:30"),
        Case(name: "no organizers", replace: "organizers:\n  - name: Ada Organizer\n    affiliation: Test Institute\n    url: \"https://ada.example.org/\"\n", with: "organizers: []\n",
             lineContaining: "organizers: []", keyPath: "organizers", message: "needs at least 1 organizer"),
        Case(name: "duplicate speaker id", replace: "organizers:", with: "  - id: grace\n    name: Grace Again\norganizers:",
             lineContaining: "  - id: grace\n    name: Grace Again", keyPath: "speakers[1].id", message: "duplicate speaker id 'grace'"),
        Case(name: "time the clocks skip", replace: "date: 2024-05-10", with: "date: 2024-03-10",
             alsoReplace: "start: \"09:00\"\n    kind: opening", alsoWith: "start: \"02:30\"\n    kind: opening",
             lineContaining: "start: \"02:30\"", keyPath: "schedule[0].start", message: "does not exist on 2024-03-10"),
    ]

    @Test(arguments: cases)
    func brokenInputIsLocatedAndWritesNothing(_ testCase: Case) throws {
        let folder = TemporaryFolder()
        var workshop = MinimalWorkshop.workshop
        var papers = MinimalWorkshop.papers
        for (old, new) in [(testCase.replace, testCase.with), (testCase.alsoReplace, testCase.alsoWith)] where !old.isEmpty {
            if testCase.inPapers {
                #expect(papers.contains(old), "fixture lacks \(old)")
                papers = papers.replacingOccurrences(of: old, with: new)
            } else {
                #expect(workshop.contains(old), "fixture lacks \(old)")
                workshop = workshop.replacingOccurrences(of: old, with: new)
            }
        }
        let workshopPath = folder.write("in/workshop.yaml", workshop)
        let papersPath = folder.write("in/papers.yaml", papers)
        folder.write("out/keep.txt", "an earlier output\n")
        let before = folder.snapshot("out")

        let result = Run.tool(["json", "--workshop", folder.url.appendingPathComponent("in").path, "--output", folder.url.appendingPathComponent("out").path])

        #expect(result.status == 65, "stderr: \(result.stderr)")
        let brokenFile = testCase.inPapers ? papersPath : workshopPath
        let brokenText = testCase.inPapers ? papers : workshop
        let line = try #require(lineNumber(of: testCase.lineContaining, in: brokenText))
        let errorLine = try #require(
            result.stderr.split(separator: "\n").first { $0.contains(": error: ") && $0.contains(testCase.message) },
            "no error with '\(testCase.message)' in: \(result.stderr)")
        #expect(errorLine.hasPrefix("\(brokenFile):"), "\(errorLine)")
        #expect(errorLine.contains(testCase.message), "\(errorLine)")
        if testCase.keyPath.isEmpty {
            #expect(!errorLine.hasSuffix("]"), "\(errorLine)")
        } else {
            #expect(errorLine.hasSuffix("[\(testCase.keyPath)]"), "\(errorLine)")
        }
        let location = errorLine.dropFirst(brokenFile.count + 1).split(separator: ":")
        #expect(Int(location[0]) == line, "expected line \(line): \(errorLine)")
        #expect(Int(location[1]) != nil, "no column: \(errorLine)")
        #expect(folder.snapshot("out") == before, "the output folder changed")
    }

    /// 1-based line where `needle` starts (the needle may span lines).
    private func lineNumber(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
