import Foundation
import Testing
@testable import DLDEExport

@Suite("Schedule times on daylight-saving days")
struct DaylightSavingTests {
    let newYork = TimeZone(identifier: "America/New_York")!

    private func utc(_ day: String, _ time: String, _ zone: TimeZone) throws -> String {
        let instant = try WallClock.instant(try #require(LocalDate(day)), try #require(LocalTime(time)), in: zone).get()
        return RFC3339.utc(instant)
    }

    @Test func fallBackDayInNewYork() throws {
        // 2021-11-07: at 02:00 EDT clocks go back to 01:00 EST.
        #expect(try utc("2021-11-07", "00:30", newYork) == "2021-11-07T04:30:00Z")
        // 01:30 happens twice; the first (EDT) is taken.
        #expect(try utc("2021-11-07", "01:30", newYork) == "2021-11-07T05:30:00Z")
        #expect(try utc("2021-11-07", "02:00", newYork) == "2021-11-07T07:00:00Z")
        #expect(try utc("2021-11-07", "03:00", newYork) == "2021-11-07T08:00:00Z")
    }

    @Test func springForwardDayInNewYork() throws {
        // 2021-03-14: at 02:00 EST clocks jump to 03:00 EDT.
        #expect(try utc("2021-03-14", "01:30", newYork) == "2021-03-14T06:30:00Z")
        #expect(try utc("2021-03-14", "03:00", newYork) == "2021-03-14T07:00:00Z")
        let skipped = WallClock.instant(LocalDate("2021-03-14")!, LocalTime("02:30")!, in: newYork)
        #expect(skipped == .failure(.nonexistent))
    }

    @Test func southernHemisphereAndHalfHourZones() throws {
        // Sydney leaves daylight time on 2021-04-04 at 03:00 AEDT -> 02:00 AEST.
        let sydney = TimeZone(identifier: "Australia/Sydney")!
        #expect(try utc("2021-04-04", "01:00", sydney) == "2021-04-03T14:00:00Z")
        #expect(try utc("2021-04-04", "04:00", sydney) == "2021-04-03T18:00:00Z")
        let kolkata = TimeZone(identifier: "Asia/Kolkata")!
        #expect(try utc("2021-12-14", "08:00", kolkata) == "2021-12-14T02:30:00Z")
    }

    @Test func scheduleAcrossFallBackResolvesThroughTheLoader() throws {
        let folder = TemporaryFolder()
        let workshop = MinimalWorkshop.workshop
            .replacingOccurrences(of: "date: 2024-05-10", with: "date: 2021-11-07")
            .replacingOccurrences(of: "start: \"09:00\"", with: "start: \"00:30\"")
            .replacingOccurrences(of: "start: \"09:10\"", with: "start: \"01:30\"")
            .replacingOccurrences(of: "start: \"10:00\"", with: "start: \"02:00\"")
            .replacingOccurrences(of: "start: \"10:15\"", with: "start: \"02:15\"")
            .replacingOccurrences(of: "end: \"11:00\"", with: "end: \"03:00\"")
            .replacingOccurrences(of: "date: \"2024-01-15T09:00:00-05:00\"", with: "date: \"2021-10-01T09:00:00-04:00\"")
        folder.write("in/workshop.yaml", workshop)
        folder.write("in/papers.yaml", MinimalWorkshop.papers)
        let checked = try WorkshopLoader.load(directory: folder.url.appendingPathComponent("in").path)
        let slots = checked.workshop.schedule
        #expect(slots.map { RFC3339.utc($0.startInstant) } == [
            "2021-11-07T04:30:00Z", "2021-11-07T05:30:00Z", "2021-11-07T07:00:00Z", "2021-11-07T07:15:00Z",
        ])
        // The 01:30 to 02:00 (EST) slot lasts 1.5 hours of real time.
        #expect(slots[1].endInstant.timeIntervalSince(slots[1].startInstant) == 90 * 60)
        #expect(RFC3339.utc(slots[3].endInstant) == "2021-11-07T08:00:00Z")
    }
}
