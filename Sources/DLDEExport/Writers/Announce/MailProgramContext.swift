import Foundation

/// The schedule as template objects: every slot in the workshop's zone and
/// each of `extra_timezones`, as a list and as rows of an aligned table.
struct MailProgramContext {
    let workshop: Workshop
    var zones: [TimeZone] {
        [workshop.timeZone] + workshop.extraTimezones.compactMap(TimeZone.init(identifier:))
    }

    /// `{date, zone, offset, zones, header, rule, slots, day_times}`, or nil
    /// when the schedule is empty.
    func object() -> TemplateObject? {
        guard let first = workshop.schedule.first, let last = workshop.schedule.last else { return nil }
        let labels = [workshop.timezone] + workshop.extraTimezones
        let cellsBySlot = workshop.schedule.map(cells)
        var widths = labels.map(PlainTextLayout.columns)
        for cells in cellsBySlot {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], PlainTextLayout.columns(cell)) }
        }
        let program = TemplateObject()
        program["date"] = DateWording.day(workshop.date)
        program["zone"] = workshop.timezone
        program["offset"] = DateWording.offsetName(workshop.timeZone.secondsFromGMT(for: first.startInstant))
        program["zones"] = MailPaperContext.authorList(Array(labels.dropFirst()))
        program["header"] = Self.row(labels, widths: widths)
        program["rule"] = Self.row(widths.map { String(repeating: "-", count: $0) }, widths: widths)
        program["slots"] = zip(workshop.schedule, cellsBySlot).map { slot($0, cells: $1, widths: widths) }
        program["day_times"] = zones.enumerated().map { index, zone in
            let object = TemplateObject()
            object["zone"] = labels[index]
            object["time"] = index == 0 ? "\(first.start)-\(last.end)" : range(first.startInstant, last.endInstant, in: zone)
            return object
        }
        return program
    }

    private func slot(_ slot: Slot, cells: [String], widths: [Int]) -> TemplateObject {
        let object = TemplateObject()
        object["id"] = slot.id
        object["time"] = cells[0]
        object["row"] = Self.row(cells, widths: widths)
        object["title"] = slot.title?.rendered.plain ?? slot.kind.defaultTitle
        object["kind"] = slot.kind.rawValue
        let speaker = slot.speaker.flatMap(workshop.speaker(id:))
        object["speaker"] = speaker.map { person in
            person.name.display + (person.affiliation.map { " (\($0))" } ?? "")
        }
        object["papers"] = workshop.papers(ids: slot.papers).compactMap { $0 }.map(MailPaperContext.paper)
        object["recording"] = slot.recording
        object["slides"] = slot.slides
        object["utc"] = range(slot.startInstant, slot.endInstant, in: TimeZone(identifier: "UTC")!) + " UTC"
        let labels = [workshop.timezone] + workshop.extraTimezones
        object["times"] = cells.enumerated().map { index, cell in
            let time = TemplateObject()
            time["zone"] = labels[index]
            time["time"] = cell
            return time
        }
        return object
    }

    /// The slot's times in every zone: as written in the workshop's zone;
    /// in the others with `+1`/`-1` when the day differs from the workshop's.
    private func cells(_ slot: Slot) -> [String] {
        ["\(slot.start)-\(slot.end)"] + zones.dropFirst().map { range(slot.startInstant, slot.endInstant, in: $0) }
    }

    private func range(_ start: Date, _ end: Date, in zone: TimeZone) -> String {
        let text = MailDates.format(start, "HH:mm", in: zone) + "-" + MailDates.format(end, "HH:mm", in: zone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let day = calendar.dateComponents([.year, .month, .day], from: start)
        let workshopDay = DateComponents(year: workshop.date.year, month: workshop.date.month, day: workshop.date.day)
        guard let shown = calendar.date(from: day), let home = calendar.date(from: workshopDay),
              let shift = calendar.dateComponents([.day], from: home, to: shown).day, shift != 0 else { return text }
        return text + (shift > 0 ? "+\(shift)" : "\(shift)")
    }

    /// Cells padded to their columns, two spaces apart, no trailing blanks.
    static func row(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            line += cell
            if index < cells.count - 1 {
                line += String(repeating: " ", count: widths[index] - PlainTextLayout.columns(cell) + 2)
            }
        }
        return line
    }
}
