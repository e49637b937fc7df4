import Foundation
import Testing
@testable import DLDEExport

/// `dlde-export announce` options and failures, through the binary.
@Suite("announce command")
struct AnnounceCommandTests {
    private let workshop = TestPaths.bundledWorkshop.path

    @Test func idWithDashPrintsExactlyThatMessage() throws {
        let folder = TemporaryFolder()
        let all = Run.tool(["announce", "--workshop", workshop, "-o", folder.url.appendingPathComponent("out").path])
        try #require(all.status == 0, "\(all.stderr)")
        let printed = Run.tool(["announce", "--workshop", workshop, "--id", "program", "-o", "-"])
        #expect(printed.status == 0, "\(printed.stderr)")
        let file = try Data(contentsOf: folder.url.appendingPathComponent("out/announcements/program.eml"))
        #expect(printed.stdoutData == file)
        // The printed message goes through the same consumer.
        folder.write("one/announcements/program.eml", printed.stdout)
        let loaded = try WorkshopLoader.load(directory: workshop).workshop
        let program = try #require(loaded.announcements.first { $0.id == "program" })
        let check = try MailCheck.run(workshop: loaded, host: "dl-de.github.io", outputFolder: folder.url.appendingPathComponent("one"),
                                      expectations: [.init(announcement: program, subject: "[DLDE] The program is online")], withMbox: false)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func idWithAFolderWritesOnlyThatMessage() throws {
        let folder = TemporaryFolder()
        let result = Run.tool(["announce", "--workshop", workshop, "--id", "day-of", "-o", folder.url.appendingPathComponent("out").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.snapshot("out").keys.sorted() == ["announcements", "announcements/day-of.eml"])
    }

    @Test func allWithoutIdCannotPrintToStandardOutput() {
        let result = Run.tool(["announce", "--workshop", workshop, "-o", "-"])
        #expect(result.status == 64, "\(result.stderr)")
    }

    @Test func unknownIdIs65AndListsTheKnownIds() {
        let folder = TemporaryFolder()
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["announce", "--workshop", workshop, "--id", "programme", "-o", output])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: no announcement has the id 'programme'; did you mean 'program'?"), "\(result.stderr)")
        #expect(result.stderr.contains("call-for-papers, deadline-reminder, accepted-papers, program, day-of, recordings"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(Run.tool(["announce", "--workshop", workshop, "--id", "nope", "-o", "-"]).stdout.isEmpty)
    }

    @Test func unknownPlaceholderIs65WithItsPlaceAndWritesNothing() {
        let folder = TemporaryFolder()
        let template = folder.write("templates/email/program.txt.mustache",
                                    "{{% CONTENT_TYPE: TEXT}}\n{{body}}\n{{#program}}\n{{#slots}}\n  {{row}} {{titel}}\n{{/slots}}\n{{/program}}\n")
        folder.write("out/announcements.mbox", "old\n")
        let result = Run.tool(["announce", "--workshop", workshop, "--templates", folder.url.appendingPathComponent("templates").path,
                               "-o", folder.url.appendingPathComponent("out").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(template):5:11: error: unknown field 'titel' in a template"), "\(result.stderr)")
        #expect(folder.snapshot("out") == ["announcements.mbox": Data("old\n".utf8)])
    }

    @Test func unknownPlaceholderInATemplateNoAnnouncementUsesIsStillFound() {
        // The bundled data has no `news` announcement; its template is checked
        // with the synthetic probe workshop all the same.
        let folder = TemporaryFolder()
        let template = folder.write("templates/email/news.txt.mustache",
                                    "{{% CONTENT_TYPE: TEXT}}\n{{#recordings}}\n{{#items}}\n{{recodring}}\n{{/items}}\n{{/recordings}}\n")
        let result = Run.tool(["announce", "--workshop", workshop, "--templates", folder.url.appendingPathComponent("templates").path,
                               "-o", folder.url.appendingPathComponent("out").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(template):4:1: error: unknown field 'recodring'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out").path))
    }

    @Test func partialWithoutTextPragmaIsRefused() {
        let folder = TemporaryFolder()
        folder.write("templates/email/partials/signature.txt.mustache", "-- \n{{workshop.title}}\n")
        let result = Run.tool(["announce", "--workshop", workshop, "--templates", folder.url.appendingPathComponent("templates").path,
                               "-o", folder.url.appendingPathComponent("out").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("signature.txt.mustache:1:1: error: a .txt template must start with {{% CONTENT_TYPE: TEXT}}"), "\(result.stderr)")
    }
}
