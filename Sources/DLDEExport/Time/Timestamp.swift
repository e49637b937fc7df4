import Foundation

/// An RFC 3339 date-time: an instant and the UTC offset it was written with
/// (kept so a mail `Date:` header can show the organiser's own offset).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var instant: Date
    /// Seconds east of UTC.
    public var offsetSeconds: Int
    /// The text as written.
    public var text: String

    /// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
    public init?(rfc3339 text: String) {
        guard Self.hasRFC3339Shape(text),
              let instant = PerThread.iso8601(offset: 0).date(from: text) ?? PerThread.iso8601(offset: 0, extra: .withFractionalSeconds).date(from: text),
              let offset = Self.offset(of: text) else { return nil }
        self.instant = instant
        self.offsetSeconds = offset
        self.text = text
    }

    /// Whether `text` has RFC 3339's digits where its grammar puts them:
    /// four of the year, two of each other field. Foundation's parser also
    /// takes a five-digit year or a one-digit day (`20211-03-1T09:00:00Z`),
    /// whose dates no writer can print back.
    static func hasRFC3339Shape(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { (0x30...0x39).contains($0) }
        }
        func byte(_ index: Int, _ allowed: String) -> Bool {
            index < bytes.count && allowed.utf8.contains(bytes[index])
        }
        guard digits(0..<4), byte(4, "-"), digits(5..<7), byte(7, "-"), digits(8..<10), byte(10, "Tt"),
              digits(11..<13), byte(13, ":"), digits(14..<16), byte(16, ":"), digits(17..<19) else { return false }
        var index = 19
        if byte(index, ".") {
            index += 1
            let start = index
            while digits(index..<(index + 1)) { index += 1 }
            guard index > start else { return false }
        }
        if byte(index, "Zz") { return index + 1 == bytes.count }
        return byte(index, "+-") && digits((index + 1)..<(index + 3)) && byte(index + 3, ":")
            && digits((index + 4)..<(index + 6)) && index + 6 == bytes.count
    }

    private static func offset(of text: String) -> Int? {
        if text.hasSuffix("Z") || text.hasSuffix("z") { return 0 }
        let tail = Array(text.suffix(6))
        guard tail.count == 6, tail[0] == "+" || tail[0] == "-", tail[3] == ":",
              let hours = Int(String(tail[1...2])), let minutes = Int(String(tail[4...5])),
              hours < 24, minutes < 60 else { return nil }
        return (tail[0] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// The UTC offsets of the world's time zones, -12:00 to +14:00: one
    /// beyond is a slip (and Foundation's date formatting traps on offsets
    /// of 15 hours or more).
    public static let offsetsInUse = (-12 * 3600)...(14 * 3600)

    /// The message for a date-time whose offset is not in `offsetsInUse`,
    /// or nil.
    var offsetProblem: String? {
        guard !Self.offsetsInUse.contains(offsetSeconds) else { return nil }
        return "'\(text)' has the UTC offset \(text.suffix(6)), beyond any time zone's (-12:00 to +14:00)"
    }

    public var description: String { text }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.instant < rhs.instant }
}

/// RFC 3339 forms of instants.
public enum RFC3339 {
    /// `2021-12-14T13:00:00Z`.
    public static func utc(_ date: Date) -> String {
        PerThread.iso8601(offset: 0).string(from: date)
    }
}
