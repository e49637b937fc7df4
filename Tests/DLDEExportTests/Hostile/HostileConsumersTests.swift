import Foundation
import Testing

/// The hostile corpus (Fixtures/hostile) through every writer and the real
/// consumer each writer's own tests use.
@Suite("Hostile corpus through every consumer")
struct HostileConsumersTests {
    static let corpus = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/hostile").path

    @Test func calendarReadByICalendarAndVobject() throws {
        let consumer = CalendarConsumer()
        let ics = try consumer.check(Self.corpus, expect: [
            "events": [
                "2025-03-30-0130@hostile.example.org": [
                    "summary": "Talk: \\input{x} & $\\alpha$ – Dr. \\textbf{Evil} <b>Bold</b> & Co. 👾",
                ],
            ],
        ])
        // The invited talk runs 01:30 to 03:30 on the day Zurich springs forward: one real hour.
        let instants = try consumer.modelInstants()
        #expect(instants["2025-03-30-0130"] == ["2025-03-30T00:30:00Z", "2025-03-30T01:30:00Z"])
        #expect(!String(decoding: ics, as: UTF8.self).contains("\nBcc:"))
    }
}
