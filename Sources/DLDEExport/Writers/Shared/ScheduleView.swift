import Foundation

/// The schedule as every writer shows it, computed once: the zones in
/// column order and each slot's start and end in each zone, with the day
/// each falls on relative to the workshop's date.
///
/// Rules (docs/time-zones.md): the workshop's zone first, then each of
/// `extra_timezones` in its order, each zone once (a repeat, or the
/// workshop's own zone again, is left out; `check` warns about both). A
/// time on another day than the workshop's date carries that day's offset
/// (`+1`, `-1`), ends included, in every format.
struct ScheduleView: Sendable {
    /// One zone column.
    struct Zone: Equatable, Sendable {
        var identifier: String
        var zone: TimeZone
        /// The zone's UTC offsets during the day's slots, in order, without
        /// repeats ("UTC-05:00"; two on a daylight-saving day).
        var offsets: [String]
        var isWorkshopZone: Bool
    }

    /// A slot's times in one zone.
    struct Times: Equatable, Sendable {
        var start: String
        var end: String
        /// Days from the workshop's date to the start's (and the end's) date in this zone.
        var startShift: Int
        var endShift: Int

        /// "08:00-08:15", with `+1`/`-1` after a time on another day than
        /// the workshop's date (`23:30-00:15+1`), `separator` between.
        func range(separator: String = "-") -> String {
            start + ScheduleView.shiftSuffix(startShift) + separator + end + ScheduleView.shiftSuffix(endShift)
        }
    }

    /// A slot with its times, one per zone in `zones` order, and the
    /// speaker and papers it names, looked up once. (The checker rejects a
    /// slot that names a speaker or paper the model lacks; were one missing
    /// anyway, every writer leaves it out alike.)
    struct SlotTimes: Sendable {
        var slot: Slot
        var times: [Times]
        var speaker: Person?
        var papers: [PaperView]
    }

    let zones: [Zone]
    let slots: [SlotTimes]
    /// Each slot's times in UTC, in schedule order.
    let utc: [Times]
    /// The day's hours, from the earliest start to the latest end, in each
    /// zone of `zones`; empty without slots.
    let day: [Times]

    /// The schedule of `workshop`, its slots' papers found by `paper`
    /// (`WorkshopView` makes it with its paper views).
    init(_ workshop: Workshop, paper: (String) -> PaperView?) {
        let identifiers = Self.zoneIdentifiers(workshop)
        var instants = workshop.schedule.flatMap { [$0.startInstant, $0.endInstant] }
        if instants.isEmpty { instants = [WallClockNoon.of(workshop)] }
        zones = identifiers.compactMap { identifier in
            guard let zone = TimeZone(identifier: identifier) else { return nil }
            var offsets: [String] = []
            for instant in instants {
                let name = ProgramClock.offsetName(zone.secondsFromGMT(for: instant))
                if !offsets.contains(name) { offsets.append(name) }
            }
            return Zone(identifier: identifier, zone: zone, offsets: offsets, isWorkshopZone: identifier == workshop.timezone)
        }
        let zones = zones
        slots = workshop.schedule.map { slot in
            SlotTimes(slot: slot, times: zones.map { Self.times(of: slot, in: $0.zone, workshopDay: workshop.date) },
                      speaker: slot.speaker.flatMap(workshop.speaker(id:)), papers: slot.papers.compactMap(paper))
        }
        utc = workshop.schedule.map { Self.times(of: $0, in: ProgramClock.utc, workshopDay: workshop.date) }
        if let first = workshop.schedule.map(\.startInstant).min(), let last = workshop.schedule.map(\.endInstant).max() {
            day = zones.map { Self.times(from: first, to: last, in: $0.zone, workshopDay: workshop.date) }
        } else {
            day = []
        }
    }

    /// The zone identifiers to show, in order, each once.
    static func zoneIdentifiers(_ workshop: Workshop) -> [String] {
        var identifiers = [workshop.timezone]
        for extra in workshop.extraTimezones where !identifiers.contains(extra) {
            identifiers.append(extra)
        }
        return identifiers
    }

    /// `slot`'s start and end in `zone`, with day shifts from `day`.
    static func times(of slot: Slot, in zone: TimeZone, workshopDay day: LocalDate) -> Times {
        times(from: slot.startInstant, to: slot.endInstant, in: zone, workshopDay: day)
    }

    /// A span's start and end in `zone`, with day shifts from `day`.
    static func times(from start: Date, to end: Date, in zone: TimeZone, workshopDay day: LocalDate) -> Times {
        Times(
            start: ProgramClock.time(start, in: zone),
            end: ProgramClock.time(end, in: zone),
            startShift: ProgramClock.days(from: day, to: ProgramClock.day(start, in: zone)),
            endShift: ProgramClock.days(from: day, to: ProgramClock.day(end, in: zone))
        )
    }

    /// The date `shift` days after `day`.
    static func date(_ day: LocalDate, shiftedBy shift: Int) -> LocalDate {
        shift == 0 ? day : ProgramClock.day(ProgramClock.noon(day).addingTimeInterval(Double(shift) * 86_400), in: ProgramClock.utc)
    }

    /// "" for the workshop's date, else "+1", "-1", "+2".
    static func shiftSuffix(_ shift: Int) -> String {
        shift == 0 ? "" : (shift > 0 ? "+\(shift)" : "\(shift)")
    }

    /// "next day" when a slot ends on a later date than it starts (in that
    /// zone), else nil.
    static func endMark(_ times: Times) -> String? {
        let days = times.endShift - times.startShift
        if days <= 0 { return nil }
        return days == 1 ? "next day" : "\(days) days later"
    }

    /// "+1 day", "-1 day", "+2 days"; nil for the workshop's own date.
    static func mark(_ shift: Int) -> String? {
        if shift == 0 { return nil }
        return (shift > 0 ? "+" : "-") + "\(abs(shift)) day" + (abs(shift) == 1 ? "" : "s")
    }
}

/// Noon of the workshop's day in its zone: the instant used for a zone's
/// offset when the schedule is empty.
enum WallClockNoon {
    static func of(_ workshop: Workshop) -> Date {
        (try? WallClock.instant(workshop.date, LocalTime("12:00")!, in: workshop.timeZone).get()) ?? ProgramClock.noon(workshop.date)
    }
}
