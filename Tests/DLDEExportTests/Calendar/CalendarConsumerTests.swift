import Foundation
import Testing
@testable import DLDEExport

/// `schedule.ics` read by icalendar and vobject (tests/check_calendar.py):
/// every event's start and end as absolute instants against the model.
@Suite("Calendar read by icalendar and vobject")
struct CalendarConsumerTests {
    static let textFixture = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/calendar/text").path

    @Test func bundledWorkshop() throws {
        let consumer = CalendarConsumer()
        // SOURCE_DATE_EPOCH is set, but the newest announcement (2021-12-21T12:00:00-05:00) wins.
        _ = try consumer.check(TestPaths.bundledWorkshop.path, expect: [
            "dtstamp_utc": "2021-12-21T17:00:00Z",
            "events": [
                "2021-12-14-0815@dl-de.github.io": [
                    "summary": "Invited Talk 1: Machine Learning and PDEs – Weinan E",
                    "description_contains": ["Weinan E (Princeton University)"],
                    "url": "https://dl-de.github.io/",
                    "location": "Virtual Workshop",
                ],
                "2021-12-14-0920@dl-de.github.io": [
                    "summary": "Poster Spotlights (4x5min)",
                    "description_contains": ["Papers:", "- GRAND: Graph Neural Diffusion (Benjamin P. Chamberlain, "],
                ],
                "2021-12-14-1215@dl-de.github.io": ["summary": "Lunch Break"],
            ],
        ], environment: ["SOURCE_DATE_EPOCH": "1"])
        let instants = try consumer.modelInstants()
        #expect(instants.count == 18)
        #expect(instants["2021-12-14-0800"] == ["2021-12-14T13:00:00Z", "2021-12-14T13:15:00Z"])
    }

    /// A day with a change of offset, and the instants a person works out by hand.
    struct ZoneDay: Sendable, CustomTestStringConvertible {
        var zone: String
        var date: String
        var slots: [(String, String)]
        /// Slot id suffix (`HHMM`) to expected UTC start and end.
        var utc: [String: [String]]
        var testDescription: String { "\(zone) \(date)" }
    }

    static let zoneDays: [ZoneDay] = [
        // Fall back: 02:00 EDT becomes 01:00 EST; 01:30 means its first occurrence.
        ZoneDay(zone: "America/New_York", date: "2021-11-07",
                slots: [("00:30", "01:00"), ("01:00", "01:30"), ("01:30", "02:00"), ("02:00", "03:00")],
                utc: ["0030": ["2021-11-07T04:30:00Z", "2021-11-07T05:00:00Z"], "0100": ["2021-11-07T05:00:00Z", "2021-11-07T05:30:00Z"],
                      "0130": ["2021-11-07T05:30:00Z", "2021-11-07T07:00:00Z"], "0200": ["2021-11-07T07:00:00Z", "2021-11-07T08:00:00Z"]]),
        // Spring forward: 02:00 EST becomes 03:00 EDT.
        ZoneDay(zone: "America/New_York", date: "2021-03-14",
                slots: [("00:30", "01:30"), ("01:30", "03:00"), ("03:00", "04:00")],
                utc: ["0030": ["2021-03-14T05:30:00Z", "2021-03-14T06:30:00Z"], "0130": ["2021-03-14T06:30:00Z", "2021-03-14T07:00:00Z"],
                      "0300": ["2021-03-14T07:00:00Z", "2021-03-14T08:00:00Z"]]),
        // Half-hour daylight saving, southern hemisphere: 02:00 +10:30 becomes 02:30 +11.
        ZoneDay(zone: "Australia/Lord_Howe", date: "2021-10-03",
                slots: [("01:00", "01:45"), ("01:45", "02:30"), ("02:30", "03:30")],
                utc: ["0100": ["2021-10-02T14:30:00Z", "2021-10-02T15:15:00Z"], "0145": ["2021-10-02T15:15:00Z", "2021-10-02T15:30:00Z"],
                      "0230": ["2021-10-02T15:30:00Z", "2021-10-02T16:30:00Z"]]),
        // And back: 02:00 +11 becomes 01:30 +10:30.
        ZoneDay(zone: "Australia/Lord_Howe", date: "2021-04-04",
                slots: [("01:00", "01:45"), ("01:45", "02:30")],
                utc: ["0100": ["2021-04-03T14:00:00Z", "2021-04-03T14:45:00Z"], "0145": ["2021-04-03T14:45:00Z", "2021-04-03T16:00:00Z"]]),
        // A change of standard offset, not daylight saving: 02:00 +04 becomes 01:00 +03.
        ZoneDay(zone: "Europe/Volgograd", date: "2020-12-27", slots: [("01:00", "03:00")],
                utc: ["0100": ["2020-12-26T21:00:00Z", "2020-12-27T00:00:00Z"]]),
        // Samoa skipped 30 December 2011: midnight after the 29th is the 31st, at +14.
        ZoneDay(zone: "Pacific/Apia", date: "2011-12-29", slots: [("20:00", "24:00")],
                utc: ["2000": ["2011-12-30T06:00:00Z", "2011-12-30T10:00:00Z"]]),
        // A zone that never changed its offset (the VTIMEZONE's fixed observance).
        ZoneDay(zone: "UTC", date: "2021-12-14", slots: [("08:00", "09:00")],
                utc: ["0800": ["2021-12-14T08:00:00Z", "2021-12-14T09:00:00Z"]]),
        // No change since 1945 (found by looking back to 1900); 24:00 is the next midnight.
        ZoneDay(zone: "Asia/Kolkata", date: "2021-12-14", slots: [("08:00", "24:00")],
                utc: ["0800": ["2021-12-14T02:30:00Z", "2021-12-14T18:30:00Z"]]),
    ]

    @Test(arguments: zoneDays)
    func daylightSavingDays(_ day: ZoneDay) throws {
        let consumer = CalendarConsumer()
        let workshop = CalendarFixture.write(in: consumer.folder, name: "fixture", zone: day.zone, date: day.date, slots: day.slots)
        let first = try #require(day.utc[day.slots[0].0.replacingOccurrences(of: ":", with: "")])
        // No announcement, no SOURCE_DATE_EPOCH: DTSTAMP is the first slot's start.
        let ics = try consumer.check(workshop, expect: ["dtstamp_utc": first[0]])
        // The checker compared the calendar with the model; the model with the clock on the wall.
        let model = try consumer.modelInstants()
        #expect(model == Dictionary(uniqueKeysWithValues: day.utc.map { ("\(day.date)-\($0.key)", $0.value) }))
        let text = String(decoding: ics, as: UTF8.self)
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:\(day.zone)\r\n"))
        #expect(text.components(separatedBy: "DTSTART;TZID=\(day.zone):").count == day.slots.count + 1)
    }

    @Test func escapedAndFoldedTextSurvives() throws {
        let consumer = CalendarConsumer()
        let title = "微分方程式と深層学習の共生についての招待講演 🧮📈🤖 — 数値解法、逆問題、ニューラル常微分方程式 🌏🔬✨; 再現性, 検証 \\ 未来 "
            + "$\\mathcal{O}(n)$ & 100% </script> \\input{x} GRAND 👩‍🔬👨🏽‍💻 物理情報ニューラルネットワーク 🇯🇵"
        #expect(title.utf8.count >= 300)
        let ics = try consumer.check(Self.textFixture, expect: [
            // 00:30 in Paris (UTC+1) on the day clocks spring forward.
            "dtstamp_utc": "2022-03-26T23:30:00Z",
            "events": [
                "2022-03-27-0030@eda.example.org": [
                    "summary": title + " – Weinan E",
                    "location": "Salle 1; Bâtiment \"B\", étage 2\\3",
                    "description_contains": ["Weinan E (Dept. of A; B, C \\ D & E_1 {unbalanced)\n\nÉDA, 2022: Équations; différentielles, \\ et apprentissage, Atelier; test\nhttps://eda.example.org/atelier"],
                ],
                "2022-03-27-0130@eda.example.org": [
                    "summary": "Spotlights",
                    "url": "https://example.org/slides?a=1,2;b=3",
                    "description_contains": [
                        "Papers:\n- Neural ODEs in $\\mathcal{O}(n)$; fast, exact \\ cheap (Balthasar van der Pol and Ærøskøbing, Ünal)\n",
                        "- 学習 {unbalanced & 50% </script> (山田 太郎)\n",
                        "Slides: https://example.org/slides?a=1,2;b=3",
                    ],
                ],
            ],
        ])
        // The long SUMMARY really was folded (the checker saw every line ≤ 75 octets).
        let lines = String(decoding: ics, as: UTF8.self).components(separatedBy: "\r\n")
        let summary = try #require(lines.firstIndex { $0.hasPrefix("SUMMARY:微分") })
        #expect(lines[summary + 4].hasPrefix(" "))
    }

    @Test func sourceDateEpochStampsWhenNoAnnouncement() throws {
        let consumer = CalendarConsumer()
        _ = try consumer.check(Self.textFixture, expect: ["dtstamp_utc": "2022-03-23T01:46:40Z"], environment: ["SOURCE_DATE_EPOCH": "1648000000"])
    }

    @Test func newestAnnouncementStamps() throws {
        let consumer = CalendarConsumer()
        let workshop = CalendarFixture.write(in: consumer.folder, name: "fixture", zone: "Europe/Paris", date: "2021-12-14",
                                             slots: [("09:00", "10:00")], announcementDate: "2021-11-30T09:00:00+09:00")
        _ = try consumer.check(workshop, expect: ["dtstamp_utc": "2021-11-30T00:00:00Z"], environment: ["SOURCE_DATE_EPOCH": "1648000000"])
    }

    @Test func emptyScheduleIsAValidCalendar() throws {
        let consumer = CalendarConsumer()
        let workshop = CalendarFixture.write(in: consumer.folder, name: "fixture", zone: "Europe/Paris", date: "2021-12-14", slots: [])
        let ics = String(decoding: try consumer.check(workshop), as: UTF8.self)
        #expect(!ics.contains("BEGIN:VEVENT"))
        #expect(ics.contains("BEGIN:VTIMEZONE"))
    }

    /// The checker is not a rubber stamp: a VTIMEZONE one hour off, or LF
    /// line ends, are rejected even though IANA names still resolve.
    @Test func checkerRejectsBrokenCalendars() throws {
        let consumer = CalendarConsumer()
        let ics = String(decoding: try consumer.check(TestPaths.bundledWorkshop.path), as: UTF8.self)
        let output = consumer.folder.url.appendingPathComponent("output")
        let broken = [
            "offset": ics.replacingOccurrences(of: "TZOFFSETTO:-0500", with: "TZOFFSETTO:-0600"),
            "line-ends": ics.replacingOccurrences(of: "\r\n", with: "\n"),
            "floating": ics.replacingOccurrences(of: "DTSTART;TZID=America/New_York:", with: "DTSTART:"),
        ]
        for (name, text) in broken {
            #expect(text != ics)
            let path = output.appendingPathComponent("\(name).ics").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            let result = Run.program(TestPaths.python.path, [
                TestPaths.root.appendingPathComponent("tests/check_calendar.py").path, path, output.appendingPathComponent("workshop.json").path,
            ])
            #expect(result.status == 1, "the checker accepted the \(name) mutation: \(result.stdout)")
        }
    }
}
