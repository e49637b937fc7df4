import Foundation
import Testing
@testable import DLDEExport

@Suite("dlde-export calendar")
struct CalendarCommandTests {
    /// Same input, same bytes: across runs, output folders and
    /// `SOURCE_DATE_EPOCH` values (the newest announcement dates the file).
    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let folder = TemporaryFolder()
        var files: [Data] = []
        for (index, epoch) in ["", "1", "1700000000"].enumerated() {
            let output = folder.url.appendingPathComponent("run\(index)").path
            let run = Run.tool(["calendar", "--workshop", TestPaths.bundledWorkshop.path, "--output", output], environment: ["SOURCE_DATE_EPOCH": epoch])
            try #require(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("wrote \(output)/schedule.ics"))
            files.append(try Data(contentsOf: URL(fileURLWithPath: "\(output)/schedule.ics")))
        }
        #expect(Set(files).count == 1)
        let printed = Run.tool(["calendar", "--workshop", TestPaths.bundledWorkshop.path, "-o", "-"])
        #expect(printed.status == 0)
        #expect(printed.stdoutData == files[0])
    }

    @Test func writerIsPure() throws {
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path, papersFile: nil).workshop
        let context = WriterContext(sourceDate: Date(timeIntervalSince1970: 0))
        let once = try CalendarWriter().files(for: workshop, context: context)
        let twice = try CalendarWriter().files(for: workshop, context: context)
        #expect(once == twice)
        #expect(once.map(\.path) == ["schedule.ics"])
        let text = String(decoding: once[0].contents, as: UTF8.self)
        #expect(text.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == workshop.schedule.count)
        // CRLF everywhere: no LF without its CR.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test func allWritesTheCalendar() throws {
        let folder = TemporaryFolder()
        let run = Run.tool(["all", "--workshop", TestPaths.bundledWorkshop.path, "--output", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.read("schedule.ics")?.hasPrefix("BEGIN:VCALENDAR\r\n") == true)
    }

    @Test func badInputWritesNothing() throws {
        let folder = TemporaryFolder()
        folder.write("bad/workshop.yaml", "id: x\n")
        let run = Run.tool(["calendar", "--workshop", folder.url.appendingPathComponent("bad").path, "--output", folder.url.appendingPathComponent("out").path])
        #expect(run.status == 65)
        #expect(folder.read("out/schedule.ics") == nil)
    }
}
