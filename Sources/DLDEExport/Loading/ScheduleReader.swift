import Foundation

/// Reads the schedule: slots in time order, `end` defaulting to the next
/// slot's start, every time resolved to an instant in the workshop's zone.
enum ScheduleReader {
    static let keys = ["id", "start", "end", "kind", "title", "speaker", "papers", "slides", "recording"]

    private struct Draft {
        var value: YAMLValue
        var id: String?
        var start: LocalTime?
        var end: LocalTime?
        var kind: SlotKind?
        var title: InlineField?
        var speaker: String?
        var papers: [String]
        var slides: String?
        var recording: String?
    }

    static func read(_ value: YAMLValue, day: LocalDate?, zone: TimeZone?) -> [Slot] {
        guard let items = value.list() else { return [] }
        let drafts: [Draft] = items.compactMap { item in
            guard let mapping = item.mapping(keys: keys) else { return nil }
            return Draft(
                value: item,
                id: mapping.optional("id")?.slug(),
                start: mapping.required("start").flatMap(readTime),
                end: mapping.optional("end").flatMap(readTime),
                kind: mapping.required("kind")?.choice(SlotKind.self),
                title: mapping.optional("title")?.line().map(InlineField.init),
                speaker: mapping.optional("speaker")?.slug(what: "a speaker id"),
                papers: mapping.optional("papers")?.list()?.compactMap { $0.line(expected: "a paper id") } ?? [],
                slides: mapping.optional("slides")?.url(),
                recording: mapping.optional("recording")?.url()
            )
        }
        guard drafts.count == items.count, let day, let zone else { return [] }
        var slots: [Slot] = []
        for (index, draft) in drafts.enumerated() {
            guard let start = draft.start, let kind = draft.kind else { continue }
            let end: LocalTime
            if let given = draft.end {
                end = given
            } else if index + 1 < drafts.count, let next = drafts[index + 1].start {
                end = next
            } else {
                if index + 1 == drafts.count {
                    draft.value.sink.error("the last slot needs an 'end' time", at: draft.value.location, keyPath: "\(draft.value.path).end")
                }
                continue
            }
            guard let startInstant = resolve(day, start, zone, draft.value, key: "start"),
                  let endInstant = resolve(day, end, zone, draft.value, key: "end", report: draft.end != nil) else { continue }
            let id = draft.id ?? "\(day)-" + start.description.replacingOccurrences(of: ":", with: "")
            slots.append(Slot(
                id: id, start: start, end: end, endGiven: draft.end != nil, kind: kind, title: draft.title,
                speaker: draft.speaker, papers: draft.papers, slides: draft.slides, recording: draft.recording,
                startInstant: startInstant, endInstant: endInstant
            ))
        }
        return slots
    }

    private static func readTime(_ value: YAMLValue) -> LocalTime? {
        // YAML 1.1 reads an unquoted 08:15 as a sexagesimal number; the
        // scalar's text is still what was written.
        guard let text = value.line(expected: "a time") else { return nil }
        guard let time = LocalTime(text) else {
            value.error("'\(text)' is not a 24-hour time: write HH:MM, e.g. 13:15 (no AM/PM)")
            return nil
        }
        return time
    }

    private static func resolve(_ day: LocalDate, _ time: LocalTime, _ zone: TimeZone, _ slot: YAMLValue, key: String, report: Bool = true) -> Date? {
        switch WallClock.instant(day, time, in: zone) {
        case .success(let date):
            return date
        case .failure:
            // An end taken from the next slot's start is reported there.
            guard report else { return nil }
            slot.sink.error(
                "\(time) does not exist on \(day) in \(zone.identifier): the clocks skip it (daylight saving)",
                at: slot.sink.location(of: "\(slot.path).\(key)"), keyPath: "\(slot.path).\(key)")
            return nil
        }
    }
}
