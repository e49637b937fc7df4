import Foundation
import Testing
@testable import DLDEExport

/// The bundled DLDE 2021 announcements, through the binary, checked by
/// Python's email and mailbox packages.
@Suite("Announcements of the bundled workshop")
struct BundledAnnouncementsTests {
    @Test func everyMessageParsesWithoutDefectsAndSaysWhatTheModelSays() throws {
        let folder = TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        let result = Run.tool(["announce", "--workshop", TestPaths.bundledWorkshop.path, "-o", output.path])
        try #require(result.status == 0, "\(result.stderr)")
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        #expect(workshop.announcements.count == 6)
        let contacts = workshop.contact.map { "\($0.name) <\($0.email)>" }
        let expectations = workshop.announcements.map { announcement in
            var expectation = MailCheck.Expectation(announcement: announcement, subject: "[DLDE] " + announcement.subject, bodyContains: contacts)
            switch announcement.kind {
            case .callForPapers:
                expectation.bodyContains += [
                    "Paper submission deadline: Friday, 17 September 2021, 23:59 UTC-07:00",
                    "Final decisions: Sunday, 17 October 2021",
                    "NeurIPS format <https://neurips.cc/Conferences/2021/PaperInformation/StyleFiles>",
                    "Solving DEs with irregular solutions (exhibiting e.g., singularities, shocks, …)",
                ]
            case .acceptedPapers:
                for paper in workshop.papers {
                    expectation.bodyContains.append(paper.title.source)
                    expectation.bodyContains += paper.authors.map(\.name.display)
                }
                expectation.bodyContains += ["Björn Lütjens", "Spotlight presentations (3)", "Posters (2)"]
            case .program, .dayOf:
                // 08:00 EST is 13:00 UTC, 14:00 in Paris, 22:00 in Tokyo; the
                // last talk is on the next day in Tokyo.
                expectation.bodyContains += [
                    "08:00-08:15 13:00-13:15 14:00-14:15 22:00-22:15 Introduction and opening remarks",
                    "16:15-16:30 21:15-21:30 22:15-22:30 06:15+1-06:30+1 Contributed Talk 4",
                    "Invited Talk 1: Machine Learning and PDEs Weinan E (Princeton University)",
                ]
                if announcement.kind == .dayOf {
                    expectation.bodyContains += ["08:00-16:30 America/New_York", "22:00-06:30+1 Asia/Tokyo", "Where: Virtual Workshop"]
                }
            default:
                break
            }
            return expectation
        }
        let check = try MailCheck.run(workshop: workshop, host: "dl-de.github.io", outputFolder: output, expectations: expectations)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("checked 6 message(s); 0 problem(s)"), "\(check.stdout)")
    }

    @Test func outputIsByteIdenticalOnEveryRun() throws {
        let folder = TemporaryFolder()
        for name in ["one", "two"] {
            let result = Run.tool(["announce", "--workshop", TestPaths.bundledWorkshop.path, "-o", folder.url.appendingPathComponent(name).path])
            try #require(result.status == 0, "\(result.stderr)")
        }
        let one = folder.snapshot("one"), two = folder.snapshot("two")
        #expect(one.count == 8)
        #expect(one == two)
    }

    @Test func headersOfTheCallForPapers() throws {
        let folder = TemporaryFolder()
        let result = Run.tool(["announce", "--workshop", TestPaths.bundledWorkshop.path, "--id", "call-for-papers", "-o", "-"])
        try #require(result.status == 0, "\(result.stderr)")
        let header = result.stdout.components(separatedBy: "\r\n\r\n")[0]
        #expect(header.contains("\r\nDate: Mon, 02 Aug 2021 09:00:00 -0400\r\n"))
        #expect(header.contains("\r\nMessage-ID: <call-for-papers.dlde-2021@dl-de.github.io>\r\n"))
        #expect(header.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"))
        #expect(header.hasPrefix("From: Luca Herranz-Celotti <luca.celotti@usherbrooke.ca>\r\nTo: dlde-2021-announce@example.org\r\n"))
        _ = folder
    }
}
