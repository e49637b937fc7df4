import Foundation

/// `schedule.ics`: the schedule as an RFC 5545 calendar, one `VEVENT` a slot,
/// times in the workshop's zone (`TZID`) with a `VTIMEZONE` built from the
/// system's zone data.
public struct CalendarWriter: OutputWriter {
    /// The `PRODID` of every calendar the tool writes.
    public static let productIdentifier = "-//dlde-export//\(ToolVersion.generator)//EN"

    public init() {}

    public var command: String { "calendar" }

    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        [OutputFile(path: "schedule.ics", text: try Self.render(workshop, context: context))]
    }

    /// The calendar's text, CRLF line ends, folded at 75 octets.
    public static func render(_ workshop: Workshop, context: WriterContext) throws(ExportError) -> String {
        let view = context.view(of: workshop)
        return try render(workshop, events: view.schedule.slots, host: view.host, sourceDate: context.sourceDate)
    }

    /// A calendar of `events` (the run's schedule, or a part of it such as
    /// the slots presenting one paper): the `VTIMEZONE` covers their times,
    /// the `DTSTAMP` is `stamp(_:slots:sourceDate:)` of their slots.
    /// - Parameters:
    ///   - timeZones: the `VTIMEZONE`s made so far, by the period they
    ///     cover, for a writer making many calendars (one per paper).
    ///   - eventParts: each slot's `VEVENT` lines but its description, made
    ///     so far, by slot and stamp (the same for each paper of a poster
    ///     session).
    static func render(_ workshop: Workshop, events: [ScheduleView.SlotTimes], host: String, sourceDate: Date?,
                       timeZones: Memo<ClosedRange<Date>, ICSDocument>? = nil,
                       eventParts: Memo<EventKey, ICSEvent.Parts>? = nil) throws(ExportError) -> String {
        guard let zone = TimeZone(identifier: workshop.timezone) else {
            throw .internalError("time zone '\(workshop.timezone)' of the checked model is not in the system's zone data")
        }
        let slots = events.map(\.slot)
        var document = ICSDocument()
        document.begin("VCALENDAR")
        document.raw("PRODID", productIdentifier)
        document.raw("VERSION", "2.0")
        document.raw("CALSCALE", "GREGORIAN")
        document.raw("METHOD", "PUBLISH")
        document.text("X-WR-CALNAME", "\(workshop.shortTitle) (\(workshop.venue))")
        document.text("X-WR-CALDESC", workshop.title)
        let covered = coveredPeriod(workshop, slots: slots, zone: zone)
        let timeZone = { @Sendable (covered: ClosedRange<Date>) -> ICSDocument in
            var part = ICSDocument()
            ICSTimeZone(zone, identifier: workshop.timezone, from: covered.lowerBound, through: covered.upperBound).write(into: &part)
            return part
        }
        document.append(timeZones?.value(for: covered, compute: timeZone) ?? timeZone(covered))
        if let stamp = stamp(workshop, slots: slots, sourceDate: sourceDate) {
            for event in events {
                let ics = ICSEvent(slot: event, workshop: workshop, host: host)
                let makeParts = { (_: EventKey) in ics.parts(stamp: stamp, zone: zone, zoneIdentifier: workshop.timezone) }
                let key = EventKey(slot: event.slot.id, stamp: stamp)
                ics.write(into: &document, parts: eventParts?.value(for: key, compute: makeParts) ?? makeParts(key))
            }
        }
        document.end("VCALENDAR")
        return document.serialized
    }

    /// What a slot's `VEVENT` lines but its description depend on, beside
    /// the run's workshop.
    struct EventKey: Hashable, Sendable {
        var slot: String
        var stamp: Date
    }

    /// The `DTSTAMP` of every event, from the model so the file is the same on
    /// every run: the newest announcement's date (the program was published by
    /// then), else `SOURCE_DATE_EPOCH`, else the start of the first of
    /// `slots`. Nil only when there are no slots (and so no events).
    static func stamp(_ workshop: Workshop, slots: [Slot], sourceDate: Date?) -> Date? {
        workshop.announcements.map(\.date.instant).max()
            ?? sourceDate
            ?? slots.map(\.startInstant).min()
    }

    /// From the first of `slots`' starts to the last one's end; noon of the
    /// workshop day when there is no schedule (the `VTIMEZONE` is then the
    /// calendar's only component, which RFC 5545 requires to exist).
    static func coveredPeriod(_ workshop: Workshop, slots: [Slot], zone: TimeZone) -> ClosedRange<Date> {
        if let first = slots.map(\.startInstant).min(), let last = slots.map(\.endInstant).max() {
            return first...max(first, last)
        }
        let noon = (try? WallClock.instant(workshop.date, LocalTime("12:00")!, in: zone).get()) ?? Date(timeIntervalSince1970: 0)
        return noon...noon
    }
}
