/// A wall-clock time of day, `HH:MM` on a 24-hour clock.
public struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    /// Parses `HH:MM` (00:00 to 23:59; 24:00 is accepted as the end of the day).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              [0, 1, 3, 4].allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return nil }
        let hour = Int(bytes[0] - 0x30) * 10 + Int(bytes[1] - 0x30)
        let minute = Int(bytes[3] - 0x30) * 10 + Int(bytes[4] - 0x30)
        guard (hour < 24 && minute < 60) || (hour == 24 && minute == 0) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
