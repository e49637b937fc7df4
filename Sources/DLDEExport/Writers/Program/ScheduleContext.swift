import Foundation

/// The schedule's part of the program context: zone columns and slots.
struct ScheduleContext {
    let workshop: Workshop
    let target: ProgramTarget
    let columns: [TemplateObject]
    private let view: ScheduleView
    /// For each paper id, the sessions that present it.
    let sessionsByPaper: [String: [TemplateObject]]

    init(workshop: Workshop, target: ProgramTarget, view: WorkshopView) {
        self.workshop = workshop
        self.target = target
        self.view = view.schedule
        columns = view.schedule.zones.map { column -> TemplateObject in
            let object = TemplateObject()
            object["name"] = column.identifier
            // The identifier with a break opportunity after each '/' and '_'
            // (narrow columns when there are many zones: Buenos_Aires).
            let breakAfter = target == .html ? "<wbr>" : "\\allowbreak{}"
            var name = ""
            for part in column.identifier.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "_" }) {
                name += target.escaped(String(part))
                let end = part.endIndex
                if end < column.identifier.endIndex { name += target.escaped(String(column.identifier[end])) + breakAfter }
            }
            object[target.renderedKey("name")] = name
            object["offsets"] = column.offsets.joined(separator: " / ")
            object["is_workshop_zone"] = column.isWorkshopZone
            return object
        }
        var sessions: [String: [TemplateObject]] = [:]
        for (index, slot) in workshop.schedule.enumerated() {
            for id in slot.papers {
                let session = TemplateObject()
                session[target.renderedKey("title")] = Self.title(slot, target)
                session["time"] = Self.workshopTime(self.view.slots[index])
                session["anchor"] = Self.anchor(slot)
                session["label"] = "slot-\(index + 1)"
                if sessions[id]?.isEmpty == false { sessions[id]!.last!["separator"] = "; " }
                session["separator"] = nil
                sessions[id, default: []].append(session)
            }
        }
        sessionsByPaper = sessions
    }

    static func anchor(_ slot: Slot) -> String { "slot-" + slot.id }

    static func title(_ slot: Slot, _ target: ProgramTarget) -> String {
        slot.title.map { target.rendered($0.rendered) } ?? target.escaped(slot.kind.defaultTitle)
    }

    /// "08:00–08:15" in the workshop's zone (the view's first column).
    static func workshopTime(_ slot: ScheduleView.SlotTimes) -> String {
        "\(slot.times[0].start)\u{2013}\(slot.times[0].end)"
    }

    /// One object per slot, in schedule order.
    func slots(papers: PaperContext) -> [TemplateObject] {
        workshop.schedule.enumerated().map { index, slot in
            let object = TemplateObject()
            object["anchor"] = Self.anchor(slot)
            object["label"] = "slot-\(index + 1)"
            object["number"] = String(index + 1)
            object["kind"] = slot.kind.rawValue
            object[target.renderedKey("title")] = Self.title(slot, target)
            object["time"] = Self.workshopTime(view.slots[index])
            // The instants, for the site's reader's-time-zone column (site/partials/local-time.html).
            object.set("start_utc", text: RFC3339.utc(slot.startInstant))
            object.set("end_utc", text: RFC3339.utc(slot.endInstant))
            object["times"] = zip(view.zones, view.slots[index].times).map { column, times -> TemplateObject in
                let cell = TemplateObject()
                cell["start"] = times.start
                cell["end"] = times.end
                cell["mark"] = ScheduleView.mark(times.startShift)
                cell["end_mark"] = ScheduleView.endMark(times)
                cell["is_workshop_zone"] = column.isWorkshopZone
                return cell
            }
            let speaker = view.slots[index].speaker
            object["speaker"] = speaker.map { ProgramContext.person($0, target: target) }
            let slotPapers = slot.papers.compactMap(papers.object(id:))
            object.setList("papers", slotPapers)
            object["paper_count"] = slotPapers.isEmpty ? nil : "\(slotPapers.count) paper" + (slotPapers.count == 1 ? "" : "s")
            object["has_details"] = [.invitedTalk, .contributedTalk, .spotlights, .posterSession].contains(slot.kind)
            object["is_break"] = [.break, .lunch].contains(slot.kind)
            let expectsSpeaker = slot.kind == .invitedTalk
            let expectsPapers = [.contributedTalk, .spotlights, .posterSession].contains(slot.kind)
            object["to_be_announced"] = (expectsSpeaker && speaker == nil) || (expectsPapers && slotPapers.isEmpty)
            target.setLink(slot.slides, on: object, as: "slides")
            target.setLink(slot.recording, on: object, as: "recording")
            return object
        }
    }
}
