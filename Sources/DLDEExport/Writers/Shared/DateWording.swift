import Foundation

/// Dates and times as every reader sees them (booklet, feeds, mails, site):
/// one wording each, so an important date reads the same everywhere.
enum DateWording {
    /// `Tuesday, 14 December 2021`.
    static func day(_ date: LocalDate) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let instant = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))!
        return MailDates.format(instant, "EEEE, d MMMM yyyy", offset: 0)
    }

    /// An important date in the zone it was given in: a day as a day; an
    /// instant at its own offset, `AoE` (anywhere on Earth) for -12:00,
    /// `UTC` for +00:00: `Friday, 17 September 2021, 23:59 UTC-07:00`.
    static func importantDate(_ at: ImportantDate.At) -> String {
        switch at {
        case .day(let date):
            return day(date)
        case .instant(let timestamp):
            let offset = timestamp.offsetSeconds
            let when = MailDates.format(timestamp.instant, "EEEE, d MMMM yyyy, HH:mm", offset: offset)
            return when + " " + offsetName(offset)
        }
    }

    /// `AoE`, `UTC` or `UTC-07:00`.
    static func offsetName(_ seconds: Int) -> String {
        if seconds == -12 * 3600 { return "AoE (UTC-12:00)" }
        if seconds == 0 { return "UTC" }
        return "UTC" + MailDates.offset(seconds, separator: ":")
    }

    /// The instant an important date stands for, for comparisons: a day
    /// ends at midnight anywhere on Earth.
    static func deadline(_ at: ImportantDate.At) -> Date {
        switch at {
        case .instant(let timestamp):
            return timestamp.instant
        case .day(let date):
            let aoe = TimeZone(secondsFromGMT: -12 * 3600)!
            return (try? WallClock.instant(date, LocalTime("24:00")!, in: aoe).get()) ?? .distantFuture
        }
    }
}
