import Foundation
import Testing
@testable import DLDEExport

/// Hostile text through the binary: no extra header, no defect, every
/// subject and body decoded back exactly.
@Suite("Hostile announcements")
struct HostileAnnouncementsTests {
    @Test func hostileTextYieldsNoExtraHeadersAndNoDefects() throws {
        let folder = TemporaryFolder()
        folder.write("hostile/workshop.yaml", HostileMailWorkshop.workshop)
        folder.write("hostile/papers.yaml", HostileMailWorkshop.papers)
        let output = folder.url.appendingPathComponent("out")
        let workshopPath = folder.url.appendingPathComponent("hostile").path
        let result = Run.tool(["announce", "--workshop", workshopPath, "-o", output.path])
        try #require(result.status == 0, "\(result.stderr)")
        let workshop = try WorkshopLoader.load(directory: workshopPath).workshop
        #expect(workshop.mailingList == nil)
        #expect(workshop.contact[0].name == #"Zoë "the Boss" O'Brien-Łukasiewicz, Jr. Bcc: victim@example.org"#)

        let tag = "[ÉDP🚀] "
        let subjects = [
            "cfp": tag + "Call for papers Bcc: victim@example.org",
            "reminder": tag + "⏰ Last call — آخر موعد للتقديم — מועד אחרון " + HostileMailWorkshop.family,
            "accepted": tag + "Accepted papers with a very long subject line that goes on and on and on past seventy-eight columns "
                + HostileMailWorkshop.longWord + " end",
            "program": "[ÉDP🚀] The program",
            "day-of": tag + #"=?utf-8?q?fake?= encoded-looking words, "quotes" and \ backslash"#,
            "recordings": tag + "Recordings: 録画が公開されました — ça y est",
            "news": tag + "News with a line separator and a line feed",
        ]
        let papers = workshop.papers.flatMap { [$0.title.source] + $0.authors.map(\.name.display) }
        let expectations = workshop.announcements.map { announcement in
            var expectation = MailCheck.Expectation(announcement: announcement, subject: subjects[announcement.id] ?? "?",
                                                    bodyContains: workshop.contact.map(\.email))
            switch announcement.kind {
            case .callForPapers:
                expectation.bodyContains += [
                    "the rules <https://hostile.example.org/rules>",
                    "Deadline Bcc: x@example.org: Wednesday, 31 January 2024, 23:59 AoE (UTC-12:00)",
                    "Pacific deadline: Thursday, 1 February 2024, 23:59 UTC-08:00",
                    "From the organisers", ">From a line", HostileMailWorkshop.longWord,
                ]
            case .acceptedPapers:
                expectation.bodyContains += papers
            case .program, .dayOf:
                // 2024-03-31 01:30 CET is 00:30 UTC; 03:30 is CEST (01:30 UTC):
                // the slot lasts one hour across the clock change; it is
                // 14:30 on the same day at UTC+14, 17:30 PDT the day before (each time marked).
                expectation.bodyContains += ["01:30-03:30 00:30-01:30 14:30-15:30 17:30-1-18:30-1", "אבי כהן (جامعة القاهرة)"] + papers
            case .recordings:
                expectation.bodyContains += ["Recording: https://hostile.example.org/recording", "Slides: https://hostile.example.org/slides.pdf"]
            default:
                break
            }
            return expectation
        }
        #expect(expectations.count == 7)
        let check = try MailCheck.run(workshop: workshop, host: "hostile.example.org", outputFolder: output, expectations: expectations)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("checked 7 message(s); 0 problem(s)"), "\(check.stdout)")

        // The raw files: the injected header names appear only inside
        // encoded or folded text, never at the start of a line.
        for announcement in workshop.announcements {
            let raw = try #require(folder.read("out/announcements/\(announcement.id).eml"))
            let header = raw.components(separatedBy: "\r\n\r\n")[0]
            let starts = header.components(separatedBy: "\r\n").filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
            #expect(starts == ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
        }
        let mbox = try #require(folder.read("out/announcements.mbox"))
        #expect(mbox.contains("\n>>From a line that mbox would quote.\n"), "mboxrd quoting of a >From line")
    }
}
