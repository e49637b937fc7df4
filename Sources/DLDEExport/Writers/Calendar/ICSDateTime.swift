import Foundation

/// The DATE-TIME and UTC-OFFSET forms of RFC 5545 (sections 3.3.5, 3.3.14).
enum ICSDateTime {
    private static let utcZone = TimeZone(identifier: "UTC")!

    /// `20211214T130000Z`: the instant in UTC (fractions of a second dropped).
    static func utc(_ date: Date) -> String {
        wallClock(date, in: utcZone) + "Z"
    }

    /// `20211214T080000`: the wall-clock reading of `date` in `zone`, to go
    /// with a `TZID` parameter.
    static func local(_ date: Date, in zone: TimeZone) -> String {
        wallClock(date, in: zone)
    }

    /// The wall-clock reading of `date` at a fixed offset east of UTC (the
    /// onset of a time zone observance is written in the offset before it).
    static func local(_ date: Date, offsetSeconds: Int) -> String {
        wallClock(date.addingTimeInterval(TimeInterval(offsetSeconds)), in: utcZone)
    }

    /// `-0500`, `+0530`, `+000921` (seconds only when there are any; never `-0000`).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let text = sign + two(magnitude / 3600) + two(magnitude % 3600 / 60)
        return magnitude % 60 == 0 ? text : text + two(magnitude % 60)
    }

    private static func wallClock(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        let year = parts.year ?? 0
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return yearText + two(parts.month ?? 0) + two(parts.day ?? 0)
            + "T" + two(parts.hour ?? 0) + two(parts.minute ?? 0) + two(parts.second ?? 0)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
