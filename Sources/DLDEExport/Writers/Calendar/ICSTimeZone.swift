import Foundation

/// A `VTIMEZONE` built from the system's zone data (Foundation's `TimeZone`),
/// with each change of offset written out as its own observance rather than
/// as a recurrence rule: the observance in effect at the start of the covered
/// period, every change within it, and the first change after it.
struct ICSTimeZone {
    /// One `STANDARD` or `DAYLIGHT` sub-component: an offset that starts at `onset`.
    struct Observance: Equatable {
        /// The instant the offset starts; nil when no change before the
        /// covered period is known (written as a fixed, early onset).
        var onset: Date?
        var offsetFrom: Int
        var offsetTo: Int
        var isDaylight: Bool
    }

    var identifier: String
    var observances: [Observance]

    /// The onset written for an observance without a known start: 1970-01-01,
    /// as most producers write it, or 1601-01-01 for a schedule before 1970.
    var timelessOnset: String

    /// - Parameters:
    ///   - zone: the zone, with the system's rules.
    ///   - identifier: its `TZID`: the name the organisers wrote (Foundation
    ///     reports `UTC` as `GMT`, so `zone.identifier` may differ).
    ///   - start: the earliest instant the calendar uses.
    ///   - end: the latest instant the calendar uses.
    init(_ zone: TimeZone, identifier: String, from start: Date, through end: Date) {
        self.identifier = identifier
        timelessOnset = start < Date(timeIntervalSince1970: 86_400) ? "16010101T000000" : "19700101T000000"
        var onsets: [Date] = []
        if let inEffect = Self.lastChange(in: zone, atOrBefore: start) { onsets.append(inEffect) }
        onsets += Self.changes(in: zone, after: start, through: end)
        if let next = zone.nextDaylightSavingTimeTransition(after: end) { onsets.append(next) }
        if onsets.isEmpty || onsets[0] > start {
            // No change before the covered period: one observance with the
            // offset in effect at its start, from a fixed early onset.
            let offset = zone.secondsFromGMT(for: start)
            observances = [Observance(onset: nil, offsetFrom: offset, offsetTo: offset, isDaylight: zone.isDaylightSavingTime(for: start))]
        } else {
            observances = []
        }
        observances += onsets.map { onset in
            Observance(
                onset: onset,
                offsetFrom: zone.secondsFromGMT(for: onset.addingTimeInterval(-1)),
                offsetTo: zone.secondsFromGMT(for: onset),
                isDaylight: zone.isDaylightSavingTime(for: onset)
            )
        }
    }

    /// Writes the `VTIMEZONE` component.
    func write(into document: inout ICSDocument) {
        document.begin("VTIMEZONE")
        document.raw("TZID", identifier)
        for observance in observances {
            let kind = observance.isDaylight ? "DAYLIGHT" : "STANDARD"
            document.begin(kind)
            // The onset is a local time in the offset in effect before it.
            let onset = observance.onset.map { ICSDateTime.local($0, offsetSeconds: observance.offsetFrom) } ?? timelessOnset
            document.raw("DTSTART", onset)
            document.raw("TZOFFSETFROM", ICSDateTime.offset(observance.offsetFrom))
            document.raw("TZOFFSETTO", ICSDateTime.offset(observance.offsetTo))
            document.end(kind)
        }
        document.end("VTIMEZONE")
    }

    /// The most recent change of offset at or before `date`: looked for in
    /// the year before it, then back to 1900.
    static func lastChange(in zone: TimeZone, atOrBefore date: Date) -> Date? {
        let yearBefore = date.addingTimeInterval(-366 * 86_400)
        if let recent = changes(in: zone, after: yearBefore, through: date).last { return recent }
        let year1900 = Date(timeIntervalSince1970: -2_208_988_800)
        guard yearBefore > year1900 else { return nil }
        return changes(in: zone, after: year1900, through: yearBefore).last
    }

    /// Every change of offset after `start` up to and including `end`.
    static func changes(in zone: TimeZone, after start: Date, through end: Date) -> [Date] {
        var found: [Date] = []
        var cursor = start
        // A zone changes at most a few times a year; the bound only guards
        // against zone data that never advances.
        while found.count < 10_000, let next = zone.nextDaylightSavingTimeTransition(after: cursor), next <= end, next > cursor {
            found.append(next)
            cursor = next
        }
        return found
    }
}
