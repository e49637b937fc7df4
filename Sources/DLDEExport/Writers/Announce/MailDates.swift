import Foundation

/// Dates as mail and mail readers write them.
enum MailDates {
    /// RFC 5322 `date-time` in the offset the timestamp was written with:
    /// `Mon, 02 Aug 2021 09:00:00 -0400`.
    static func rfc5322(_ timestamp: Timestamp) -> String {
        format(timestamp.instant, "EEE, dd MMM yyyy HH:mm:ss", offset: timestamp.offsetSeconds) + " " + offset(timestamp.offsetSeconds, separator: "")
    }

    /// The date of an mbox `From ` line (C `asctime`, UTC):
    /// `Mon Aug  2 13:00:00 2021`.
    static func asctime(_ date: Date) -> String {
        let day = format(date, "d", offset: 0)
        return format(date, "EEE MMM", offset: 0) + (day.count == 1 ? "  " : " ") + day + format(date, " HH:mm:ss yyyy", offset: 0)
    }

    /// `+0200`/`-04:00` style offsets (`separator` between hours and minutes).
    static func offset(_ seconds: Int, separator: String) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + two(minutes / 60) + separator + two(minutes % 60)
    }

    /// `date` as `pattern` (a `DateFormatter` pattern, en_US_POSIX) at a
    /// fixed offset from UTC.
    static func format(_ date: Date, _ pattern: String, offset: Int) -> String {
        format(date, pattern, in: TimeZone(secondsFromGMT: offset)!)
    }

    /// `date` as `pattern` in `zone`.
    static func format(_ date: Date, _ pattern: String, in zone: TimeZone) -> String {
        formatter(pattern, zone).string(from: date)
    }

    /// A formatter for `pattern` in `zone`, made once per thread
    /// (`PerThread`: the site's 10,000 calendars made one each).
    private static func formatter(_ pattern: String, _ zone: TimeZone) -> DateFormatter {
        PerThread.object("dlde-export.MailDates \(zone.identifier) \(zone.secondsFromGMT()) \(pattern)") {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.timeZone = zone
            formatter.dateFormat = pattern
            return formatter
        }
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
