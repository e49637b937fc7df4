import Foundation

/// The workshop day as HTML for feed entries: a table with one time column
/// per zone (the workshop's, then `extra_timezones`), zones named by their
/// IANA identifiers (Foundation on Linux has no reliable abbreviations).
struct ScheduleHTML: Sendable {
    let workshop: Workshop
    let view: WorkshopView

    /// The program table, appended to `out` (it lists every paper: no
    /// string of its own); nothing when there is no schedule.
    func appendTable(to out: inout String) {
        guard !workshop.schedule.isEmpty else { return }
        let view = self.view.schedule
        let zones = view.zones.map(\.identifier)
        out += "<h2>Program</h2>\n"
        out += "<p>\(workshop.date.description), times in \(zones.map(html).joined(separator: ", ")).</p>\n"
        out += "<table>\n<thead>\n<tr>"
        for zone in zones { out += "<th>\(html(zone))</th>" }
        out += "<th>Session</th></tr>\n</thead>\n<tbody>\n"
        for slot in view.slots {
            out += "<tr>"
            for times in slot.times { out += "<td>\(html(span(times)))</td>" }
            out += "<td>"
            appendSession(slot, to: &out)
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    /// Slots with a recording or slides, as links; empty when none has one.
    func recordings() -> String {
        let slots = workshop.schedule.filter { $0.recording != nil || $0.slides != nil }
        guard !slots.isEmpty else { return "" }
        let items = slots.map { slot -> String in
            var links: [String] = []
            if let recording = slot.recording { links.append("<a href=\"\(html(recording))\">recording</a>") }
            if let slides = slot.slides { links.append("<a href=\"\(html(slides))\">slides</a>") }
            return "<li>\(title(slot)): \(links.joined(separator: ", "))</li>\n"
        }
        return "<h2>Recordings and slides</h2>\n<ul>\n" + items.joined() + "</ul>\n"
    }

    /// `08:00–08:15`, each time followed by its date when that is not the
    /// workshop's (`23:30–00:15 (2021-12-15)`).
    func span(_ times: ScheduleView.Times) -> String {
        clock(times.start, times.startShift) + "\u{2013}" + clock(times.end, times.endShift)
    }

    private func clock(_ time: String, _ shift: Int) -> String {
        shift == 0 ? time : "\(time) (\(ScheduleView.date(workshop.date, shiftedBy: shift)))"
    }

    /// A slot's cell: its title, speaker and papers, appended to `out`
    /// (a poster session lists hundreds of papers: no list of its own).
    private func appendSession(_ slot: ScheduleView.SlotTimes, to out: inout String) {
        out += "<strong>\(title(slot.slot))</strong>"
        if let speaker = slot.speaker {
            out += "<br>" + html(speaker.name.display)
            if let affiliation = speaker.affiliation { out += " (\(html(affiliation)))" }
        }
        if !slot.papers.isEmpty { PaperHTML.appendSummaryList(slot.papers, lineEnd: "", to: &out) }
    }

    private func title(_ slot: Slot) -> String {
        slot.title?.rendered.html ?? html(slot.kind.defaultTitle)
    }

    private func html(_ text: String) -> String { CMarkText.html(text) }
}
