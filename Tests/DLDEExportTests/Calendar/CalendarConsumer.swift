import Foundation
import Testing

/// Runs `dlde-export calendar` and `json` on a workshop folder and hands the
/// calendar to `tests/check_calendar.py` (icalendar and vobject), with the
/// model's instants from `workshop.json`.
struct CalendarConsumer {
    let folder = TemporaryFolder()

    /// The bytes of `schedule.ics`, after the checker accepted them.
    /// - Parameters:
    ///   - workshop: the workshop folder.
    ///   - expect: what the test states on its own (see the checker's usage).
    ///   - environment: extra environment for `dlde-export` (`SOURCE_DATE_EPOCH`).
    func check(_ workshop: String, arguments: [String] = [], expect: [String: Any] = [:], environment: [String: String] = ["SOURCE_DATE_EPOCH": ""],
               sourceLocation: SourceLocation = #_sourceLocation) throws -> Data {
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path),
                     "no test Python at \(TestPaths.python.path): run `make deps-test`", sourceLocation: sourceLocation)
        let output = folder.url.appendingPathComponent("output").path
        for command in ["json", "calendar"] {
            let run = Run.tool([command, "--workshop", workshop, "--output", output] + arguments, environment: environment)
            try #require(run.status == 0, "dlde-export \(command) failed: \(run.stderr)", sourceLocation: sourceLocation)
        }
        let expectPath = folder.url.appendingPathComponent("expect.json")
        try JSONSerialization.data(withJSONObject: expect).write(to: expectPath)
        let ics = "\(output)/schedule.ics"
        let result = Run.program(TestPaths.python.path, [
            TestPaths.root.appendingPathComponent("tests/check_calendar.py").path,
            ics, "\(output)/workshop.json", expectPath.path,
        ])
        #expect(result.status == 0, "check_calendar.py rejected \(ics):\n\(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
        return try Data(contentsOf: URL(fileURLWithPath: ics))
    }

    /// The slots' `start_utc`/`end_utc` of the last `check`, by slot id.
    func modelInstants() throws -> [String: [String]] {
        let data = try Data(contentsOf: folder.url.appendingPathComponent("output/workshop.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let slots = try #require(object["schedule"] as? [[String: Any]])
        var instants: [String: [String]] = [:]
        for slot in slots {
            instants[try #require(slot["id"] as? String)] = [try #require(slot["start_utc"] as? String), try #require(slot["end_utc"] as? String)]
        }
        return instants
    }
}

/// A small workshop in any zone, written to a folder: the fixtures of the
/// daylight-saving tests.
enum CalendarFixture {
    /// - Parameters:
    ///   - slots: `(start, end)` pairs, `HH:MM`.
    ///   - announcementDate: an RFC 3339 date for one announcement, if any.
    static func write(in folder: TemporaryFolder, name: String, zone: String, date: String, slots: [(String, String)],
                      announcementDate: String? = nil) -> String {
        var yaml = """
            id: calendar-fixture
            title: Calendar fixture
            short_title: CF
            venue: Test venue
            year: \(date.prefix(4))
            url: "https://calendar.example.org/"
            timezone: \(zone)
            date: \(date)
            contact:
              - name: Ada Organiser
                email: ada@example.org
            organizers:
              - name: Ada Organiser
            schedule:
            """
        yaml += slots.isEmpty ? " []\n" : "\n"
        for (start, end) in slots {
            yaml += "  - {start: \"\(start)\", end: \"\(end)\", kind: other, title: \"From \(start) to \(end)\"}\n"
        }
        if let announcementDate {
            yaml += """
                announcements:
                  - {id: news, date: "\(announcementDate)", kind: news, subject: News}

                """
        }
        folder.write("\(name)/workshop.yaml", yaml)
        return folder.url.appendingPathComponent(name).path
    }
}
