import Foundation
import Testing

/// The schedule's zones and times are the same in every format
/// (`ScheduleView`): checked by tests/check_schedule_zones.py against
/// workshop.json's UTC instants with Python's zoneinfo, through Python's
/// email parser, feedparser, an HTML parser and pdftotext (the booklet's PDF).
@Suite("Schedule zones in every format")
struct ScheduleZonesTests {
    static let workshops = [
        TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/zones").path,
        TestPaths.bundledWorkshop.path,
    ]

    @Test(arguments: workshops)
    func everyFormatShowsTheSameZonesAndTimes(_ workshop: String) {
        let folder = TemporaryFolder()
        let run = Run.tool(["all", "--pdf", "--workshop", workshop, "--output", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("program.pdf").path), "no PDF to read back")
        let check = Run.program(TestPaths.python.path, [
            TestPaths.root.appendingPathComponent("tests/check_schedule_zones.py").path, folder.path, "72",
        ])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // The calendar holds instants (in the workshop's zone, with its
        // VTIMEZONE): icalendar and vobject read them equal to workshop.json's.
        let calendar = Run.program(TestPaths.python.path, [
            TestPaths.root.appendingPathComponent("tests/check_calendar.py").path,
            folder.url.appendingPathComponent("schedule.ics").path, folder.url.appendingPathComponent("workshop.json").path,
        ])
        #expect(calendar.status == 0, "\(calendar.stdout)\(calendar.stderr)")
    }

    @Test func aRepeatedZoneIsShownOnceWithAWarning() {
        let run = Run.tool(["check", "--workshop", Self.workshops[0]])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("workshop.yaml:14:101: warning: the zone UTC is shown once: it is already listed at extra_timezones[0]"), "\(run.stderr)")
        #expect(run.stderr.contains("warning: the zone America/Los_Angeles is shown once: it is the workshop's own zone"), "\(run.stderr)")
    }
}
