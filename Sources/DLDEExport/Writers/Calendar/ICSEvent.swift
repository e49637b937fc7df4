import Foundation

/// The `VEVENT` of one slot of the schedule.
struct ICSEvent {
    /// The slot with its speaker and papers (`ScheduleView`).
    var slotTimes: ScheduleView.SlotTimes
    var workshop: Workshop
    /// The workshop's host (`WorkshopView.host`).
    var host: String
    var slot: Slot { slotTimes.slot }

    init(slot: ScheduleView.SlotTimes, workshop: Workshop, host: String) {
        self.slotTimes = slot
        self.workshop = workshop
        self.host = host
    }

    /// `<slot id>@<workshop host>`: stable as long as the slot's id is.
    var uid: String { "\(slot.id)@\(host)" }

    /// "Title – Speaker", or the slot's title (its kind's when it has none).
    var summary: String {
        let title = slot.title?.rendered.plain ?? slot.kind.defaultTitle
        guard let speaker = slotTimes.speaker else { return title }
        return "\(title) – \(speaker.name.display)"
    }

    /// The link people follow: the recording, else the slides, else the workshop's site.
    var url: String { slot.recording ?? slot.slides ?? workshop.url }

    /// Plain text: the speaker and affiliation, the slot's papers with their
    /// authors, links to slides and recording, and the workshop.
    func description() -> String {
        var paragraphs: [String] = []
        if let speaker = slotTimes.speaker {
            paragraphs.append(speaker.affiliation.map { "\(speaker.name.display) (\($0))" } ?? speaker.name.display)
        }
        if !slotTimes.papers.isEmpty {
            var lines = [slotTimes.papers.count == 1 ? "Paper:" : "Papers:"]
            for view in slotTimes.papers {
                lines.append("- \(view.paper.title.rendered.plain) (\(view.byline))")
            }
            paragraphs.append(lines.joined(separator: "\n"))
        }
        let links = [("Slides", slot.slides), ("Recording", slot.recording)]
            .compactMap { label, link in link.map { "\(label): \($0)" } }
        if !links.isEmpty { paragraphs.append(links.joined(separator: "\n")) }
        paragraphs.append("\(workshop.shortTitle): \(workshop.title), \(workshop.venue)\n\(workshop.url)")
        return paragraphs.joined(separator: "\n\n")
    }

    /// Writes the `VEVENT`.
    /// - Parameters:
    ///   - stamp: the `DTSTAMP` instant.
    ///   - zone: the workshop's zone, whose `VTIMEZONE` the file holds.
    ///   - zoneIdentifier: that `VTIMEZONE`'s `TZID`.
    func write(into document: inout ICSDocument, stamp: Date, zone: TimeZone, zoneIdentifier: String) {
        write(into: &document, parts: parts(stamp: stamp, zone: zone, zoneIdentifier: zoneIdentifier))
    }

    /// Writes the `VEVENT` from `parts` (this slot's, made once for the
    /// calendars of all its papers) and this event's description.
    func write(into document: inout ICSDocument, parts: Parts) {
        document.append(parts.head)
        document.text("DESCRIPTION", description())
        document.append(parts.tail)
    }

    /// The lines of the `VEVENT` before and after its `DESCRIPTION`: they
    /// depend on the slot, the stamp and the workshop, not on which of
    /// the slot's papers the event names.
    struct Parts: Sendable {
        var head: ICSDocument
        var tail: ICSDocument
    }

    func parts(stamp: Date, zone: TimeZone, zoneIdentifier: String) -> Parts {
        var head = ICSDocument()
        head.begin("VEVENT")
        head.raw("UID", ICSText.escape(uid))
        head.raw("DTSTAMP", ICSDateTime.utc(stamp))
        Self.writeTime("DTSTART", slot.startInstant, zone: zone, zoneIdentifier: zoneIdentifier, into: &head)
        Self.writeTime("DTEND", slot.endInstant, zone: zone, zoneIdentifier: zoneIdentifier, into: &head)
        head.text("SUMMARY", summary)
        var tail = ICSDocument()
        tail.raw("URL", url)
        if let location = workshop.location { tail.text("LOCATION", location) }
        tail.end("VEVENT")
        return Parts(head: head, tail: tail)
    }

    /// A date-time in the workshop's zone (`TZID`). A local time that occurs
    /// twice means its first occurrence (RFC 5545 section 3.3.5), so an
    /// instant that is the second occurrence is written in UTC instead.
    static func writeTime(_ name: String, _ instant: Date, zone: TimeZone, zoneIdentifier: String, into document: inout ICSDocument) {
        if isFirstOccurrence(instant, in: zone) {
            document.raw(name, ICSDateTime.local(instant, in: zone), parameters: [("TZID", zoneIdentifier)])
        } else {
            document.raw(name, ICSDateTime.utc(instant))
        }
    }

    /// True when no earlier instant has the same wall-clock reading in `zone`.
    static func isFirstOccurrence(_ instant: Date, in zone: TimeZone) -> Bool {
        let shift = zone.secondsFromGMT(for: instant.addingTimeInterval(-86_400)) - zone.secondsFromGMT(for: instant)
        // Only a fall back (the offset was larger before) repeats wall-clock times.
        guard shift > 0 else { return true }
        let reading = ICSDateTime.local(instant, in: zone)
        return !stride(from: 60, through: shift, by: 60).contains { seconds in
            ICSDateTime.local(instant.addingTimeInterval(-TimeInterval(seconds)), in: zone) == reading
        }
    }
}
