import Foundation

/// An instant with the UTC offset to print it in: an announcement's date
/// keeps the organisers' offset; other dates are printed in UTC.
public struct FeedDate: Sendable, Hashable, Comparable {
    public var instant: Date
    /// Seconds east of UTC.
    public var offsetSeconds: Int

    public init(instant: Date, offsetSeconds: Int = 0) {
        self.instant = instant
        self.offsetSeconds = offsetSeconds
    }

    public init(_ timestamp: Timestamp) {
        self.init(instant: timestamp.instant, offsetSeconds: timestamp.offsetSeconds)
    }

    /// RFC 3339 as Atom requires it (upper-case `T`, `Z` or `±HH:MM`, whole
    /// seconds): `2021-08-02T09:00:00-04:00`.
    public var rfc3339: String {
        PerThread.iso8601(offset: offsetSeconds).string(from: instant)
    }

    /// RFC 822 with a four-digit year, as RSS 2.0 uses it:
    /// `Mon, 02 Aug 2021 09:00:00 -0400`.
    public var rfc822: String {
        MailDates.format(instant, "EEE, dd MMM yyyy HH:mm:ss Z", in: zone)
    }

    private var zone: TimeZone {
        TimeZone(secondsFromGMT: offsetSeconds) ?? TimeZone(identifier: "UTC")!
    }

    public static func < (lhs: FeedDate, rhs: FeedDate) -> Bool { lhs.instant < rhs.instant }
}
