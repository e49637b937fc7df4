import Foundation
import Testing

/// Personal announcements (`to: authors`, `to: speakers`): one message per
/// paper with an author address, naming the paper's slots as workshop.json
/// has them, checked by Python's `email` package.
@Suite("personal messages")
struct PersonalMessagesTests {
    @Test func bundledDataOneMessagePerPaperWithAnAddress() throws {
        let folder = TemporaryFolder()
        let workshop = try MailWorkshops.bundledWithAddresses(in: folder)
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["announce", "--workshop", workshop, "-o", output])
        try #require(result.status == 0, "\(result.stderr)")
        let files = MailWorkshops.emlFiles(in: output + "/announcements/authors-notice")
        #expect(!files.isEmpty)
        let json = try MailWorkshops.json(workshop, in: folder)
        let check = MailWorkshops.checkPersonal(json: json, announcement: "authors-notice", files: files)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // The personal announcement is no feed entry.
        let feed = Run.tool(["feed", "--workshop", workshop, "-o", output])
        #expect(feed.status == 0)
        #expect(!(folder.read("out/atom.xml") ?? "authors-notice").contains("authors-notice"))
    }

    @Test func syntheticWorkshopOf200Papers() throws {
        let folder = TemporaryFolder()
        let workshop = try MailWorkshops.synthetic(papers: 200, in: folder)
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["announce", "--workshop", workshop, "-o", output])
        try #require(result.status == 0, "\(result.stderr)")
        // Every tenth paper has no address: a warning naming it, and no message.
        let warnings = result.stderr.components(separatedBy: "\n").filter { $0.contains("has no author with an email address") }
        #expect(warnings.count == 20)
        #expect(result.stderr.contains("warning: paper 'synth-10' ("), "\(result.stderr)")
        let files = MailWorkshops.emlFiles(in: output + "/announcements/to-authors")
        #expect(files.count == 180)
        let json = try MailWorkshops.json(workshop, in: folder)
        let check = MailWorkshops.checkPersonal(json: json, announcement: "to-authors", files: files)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let speakers = MailWorkshops.emlFiles(in: output + "/announcements/to-speakers")
        #expect(speakers.map { ($0 as NSString).lastPathComponent } == ["speaker-speaker-1.eml", "speaker-speaker-2.eml"])
        let talk = try String(contentsOfFile: speakers[0], encoding: .utf8)
        #expect(talk.contains("To: Speaker Number1 <speaker1@speakers.synth.example.org>\r\n"))
        #expect(talk.contains("08:15-09:00 America/New_York (12:15-13:00 UTC): Invited talk 1"), "\(talk)")
    }

    @Test func checkNamesAnUnknownFieldOfThePersonalTemplate() {
        let folder = TemporaryFolder()
        let template = folder.write("templates/email/to-speakers.txt.mustache",
                                    "{{% CONTENT_TYPE: TEXT}}\nDear {{recipient.nmes}},\n")
        let result = Run.tool(["check", "--workshop", TestPaths.bundledWorkshop.path, "--templates", folder.url.appendingPathComponent("templates").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(template):2:6: error: unknown field 'nmes' in 'recipient.nmes' in a template; did you mean 'names'?"), "\(result.stderr)")
    }

    @Test func namesCannotAddRecipientsOrHeaders() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink()
        let workshop = folder.url.appendingPathComponent("ws").path
        try FileManager.default.copyItem(atPath: TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/import/workshop").path, toPath: workshop)
        let yaml = try String(contentsOfFile: workshop + "/workshop.yaml", encoding: .utf8) + """
            announcements:
              - id: notice
                date: "2021-11-20T09:00:00-05:00"
                kind: program
                to: authors
                subject: "Notice\\r\\nBcc: all@evil.example"

            """
        try yaml.write(toFile: workshop + "/workshop.yaml", atomically: true, encoding: .utf8)
        folder.write("ws/papers.yaml", #"""
            - id: "p.1"
              title: "A paper\r\nBcc: title@evil.example"
              presentation: poster
              authors:
                - name: "Mallory <mallory@evil.example>, Eve"
                  email: ok@authors.example.org
                - name: "Bob\r\nCc: bob@evil.example"
                  email: bob@authors.example.org
                - name: "=?utf-8?q?x@evil.example?="
                  email: x@authors.example.org
            - id: "p..2."
              title: "Other"
              presentation: poster
              authors:
                - name: "Other Author"
                  email: other@authors.example.org

            """#)
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["announce", "--workshop", workshop, "-o", output, "--send", "--sendmail", sink.sendmail])
        try #require(result.status == 0, "\(result.stderr)")
        let received = sink.messages()
        #expect(received.count == 2)
        let recipients = received.map { Set($0.recipients) }
        #expect(recipients.contains(["ok@authors.example.org", "bob@authors.example.org", "x@authors.example.org"]), "\(recipients)")
        #expect(recipients.contains(["other@authors.example.org"]), "\(recipients)")
        for message in received { #expect(!String(decoding: message.data, as: UTF8.self).contains("\nBcc:")) }
        // A paper id with dots the Message-ID grammar refuses gets a hexadecimal name there.
        let ids = received.compactMap { TraceFields.messageID($0.data) }
        #expect(ids.contains("<notice.x70617065722d702e2e322e.import-test@example.org>"), "\(ids)")
        let json = try MailWorkshops.json(workshop, in: folder)
        let check = MailWorkshops.checkPersonal(json: json, announcement: "notice", files: MailWorkshops.emlFiles(in: output + "/announcements/notice"))
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func addressesWithDisplayNamesOrLineBreaksAreRefused() {
        let folder = TemporaryFolder()
        // As YAML scalars: a display name, a list, a quoted local part, a line break.
        for (index, address) in [#""Eve <eve@evil.example>""#, #""eve@evil.example, all@evil.example""#, #"'"eve"@evil.example'"#,
                                 #""eve@evil.example\r\nBcc: x@y.org""#].enumerated() {
            folder.write("ws\(index)/workshop.yaml", (try? String(contentsOfFile: TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/import/workshop/workshop.yaml").path, encoding: .utf8)) ?? "")
            folder.write("ws\(index)/papers.yaml", "- id: p1\n  title: T\n  presentation: poster\n  authors:\n    - name: Eve\n      email: \(address)\n")
            let result = Run.tool(["check", "--workshop", folder.url.appendingPathComponent("ws\(index)").path])
            #expect(result.status == 65, "\(address): \(result.stderr)")
            #expect(result.stderr.contains("papers.yaml:6:14: error: '") && result.stderr.contains("is not an email address"), "\(result.stderr)")
        }
    }

    @Test func importedAuthorEmailsAreWhereTheMessagesGo() throws {
        let folder = TemporaryFolder()
        let fixtures = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/import")
        let workshop = folder.url.appendingPathComponent("ws").path
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("workshop").path, toPath: workshop)
        let yaml = try String(contentsOfFile: workshop + "/workshop.yaml", encoding: .utf8)
            + "announcements:\n  - id: notice\n    date: \"2021-11-20T09:00:00-05:00\"\n    kind: program\n    to: authors\n    subject: Notice\n"
        try yaml.write(toFile: workshop + "/workshop.yaml", atomically: true, encoding: .utf8)
        for (file, address) in [("cmt.csv", "gversteeg@example.edu"), ("softconf.csv", "lvb@example.at"), ("openreview-v2.json", "weinan@example.edu")] {
            let result = Run.tool(["announce", "--workshop", workshop, "--papers", fixtures.appendingPathComponent(file).path,
                                   "--presentation", "poster", "-o", folder.url.appendingPathComponent("out").path, "--dry-run"])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(result.stdout.contains(address), "\(file): \(result.stdout)")
        }
    }
}
