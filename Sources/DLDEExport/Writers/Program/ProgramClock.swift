import Foundation

/// Dates and times as the program prints them (English, fixed locale, from
/// the model only).
enum ProgramClock {
    static let posix = Locale(identifier: "en_US_POSIX")

    private static func formatter(_ format: String, _ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = posix
        formatter.calendar = calendar(zone)
        formatter.timeZone = zone
        formatter.dateFormat = format
        return formatter
    }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    static let utc = TimeZone(identifier: "UTC")!

    /// Noon UTC of `day`: a `Date` that is `day` in UTC.
    static func noon(_ day: LocalDate) -> Date {
        calendar(utc).date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
    }

    /// "HH:mm" of `instant` in `zone`: the zone's offset at that instant
    /// (daylight saving included) added to the instant, on a 24-hour clock.
    /// (A DateFormatter per call cost most of the program's time at 10,000
    /// papers.)
    static func time(_ instant: Date, in zone: TimeZone) -> String {
        let local = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        let minutes = ((local % 86_400 + 86_400) % 86_400) / 60
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// The calendar day of `instant` in `zone`.
    static func day(_ instant: Date, in zone: TimeZone) -> LocalDate {
        let parts = calendar(zone).dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Whole days from `from` to `to`.
    static func days(from: LocalDate, to: LocalDate) -> Int {
        calendar(utc).dateComponents([.day], from: noon(from), to: noon(to)).day ?? 0
    }

    /// "UTC", "UTC+01:00", "UTC-03:30".
    static func offsetName(_ seconds: Int) -> String {
        if seconds == 0 { return "UTC" }
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "UTC%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }
}
