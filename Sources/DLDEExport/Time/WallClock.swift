import Foundation

/// Turns a wall-clock time on a day in an IANA zone into an instant,
/// correctly on daylight-saving days.
public enum WallClock {
    public enum Problem: Error, Equatable {
        /// The clocks skip this time (spring forward).
        case nonexistent
    }

    /// The instant `time` on `day` in `zone`. A time that occurs twice (clocks
    /// fall back) resolves to its first occurrence; a time the clocks skip
    /// is `.nonexistent`. `24:00` is midnight at the end of `day`.
    public static func instant(_ day: LocalDate, _ time: LocalTime, in zone: TimeZone) -> Result<Date, Problem> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        if time.hour == 24 {
            guard let midnight = try? instant(day, LocalTime("00:00")!, in: zone).get(),
                  let next = calendar.date(byAdding: .day, value: 1, to: midnight) else { return .failure(.nonexistent) }
            return .success(next)
        }
        let wanted = DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute)
        guard let guess = calendar.date(from: wanted) else { return .failure(.nonexistent) }
        func matches(_ date: Date) -> Bool {
            let got = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            return got.year == day.year && got.month == day.month && got.day == day.day
                && got.hour == time.hour && got.minute == time.minute
        }
        // Every instant whose wall-clock reading is the wanted time, within
        // the largest daylight-saving shift in use (two hours).
        let candidates = stride(from: -7200, through: 7200, by: 900)
            .map { guess.addingTimeInterval(TimeInterval($0)) }
            .filter(matches)
        guard let first = candidates.min() else { return .failure(.nonexistent) }
        return .success(first)
    }
}
