import Foundation

/// The day at a glance: the schedule's times in the workshop's zone and in
/// every `extra_timezones` zone, with the day each time falls on relative to
/// the workshop's date.
enum ScheduleTable {
    /// One zone column.
    struct Column: Equatable {
        var identifier: String
        var zone: TimeZone
        /// The zone's UTC offsets during the day's slots, in order, without
        /// repeats ("UTC-05:00"; two on a daylight-saving day).
        var offsets: [String]
        var isWorkshopZone: Bool
    }

    /// A slot's times in one zone.
    struct Times: Equatable {
        var start: String
        var end: String
        /// Days from the workshop's date to the start's (and the end's) date in this zone.
        var startShift: Int
        var endShift: Int
    }

    /// The workshop's zone, then each extra zone (a repeat of the workshop's
    /// zone is left out).
    static func columns(for workshop: Workshop) -> [Column] {
        var identifiers = [workshop.timezone]
        for extra in workshop.extraTimezones where !identifiers.contains(extra) {
            identifiers.append(extra)
        }
        return identifiers.compactMap { identifier in
            guard let zone = TimeZone(identifier: identifier) else { return nil }
            var instants = workshop.schedule.flatMap { [$0.startInstant, $0.endInstant] }
            if instants.isEmpty { instants = [WallClockNoon.of(workshop)] }
            var offsets: [String] = []
            for instant in instants {
                let name = ProgramClock.offsetName(zone.secondsFromGMT(for: instant))
                if !offsets.contains(name) { offsets.append(name) }
            }
            return Column(identifier: identifier, zone: zone, offsets: offsets, isWorkshopZone: identifier == workshop.timezone)
        }
    }

    /// `slot`'s start and end in `zone`, with day shifts from `day`.
    static func times(of slot: Slot, in zone: TimeZone, workshopDay day: LocalDate) -> Times {
        Times(
            start: ProgramClock.time(slot.startInstant, in: zone),
            end: ProgramClock.time(slot.endInstant, in: zone),
            startShift: ProgramClock.days(from: day, to: ProgramClock.day(slot.startInstant, in: zone)),
            endShift: ProgramClock.days(from: day, to: ProgramClock.day(slot.endInstant, in: zone))
        )
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
