import Foundation

/// The workshop day as HTML for feed entries: a table with one time column
/// per zone (the workshop's, then `extra_timezones`), zones named by their
/// IANA identifiers (Foundation on Linux has no reliable abbreviations).
struct ScheduleHTML: Sendable {
    let workshop: Workshop

    /// The program table; empty when there is no schedule.
    func table() -> String {
        guard !workshop.schedule.isEmpty else { return "" }
        let zones = [workshop.timezone] + workshop.extraTimezones.filter { $0 != workshop.timezone }
        var out = "<h2>Program</h2>\n"
        out += "<p>\(workshop.date.description), times in \(zones.map(html).joined(separator: ", ")).</p>\n"
        out += "<table>\n<thead>\n<tr>"
        for zone in zones { out += "<th>\(html(zone))</th>" }
        out += "<th>Session</th></tr>\n</thead>\n<tbody>\n"
        for slot in workshop.schedule {
            out += "<tr>"
            for zone in zones { out += "<td>\(html(span(slot, in: zone)))</td>" }
            out += "<td>\(session(slot))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
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

    /// `08:00–08:15` in `zone`, with the day when it is not the workshop's.
    func span(_ slot: Slot, in identifier: String) -> String {
        guard let zone = TimeZone(identifier: identifier) else { return "" }
        return clock(slot.startInstant, zone) + "\u{2013}" + clock(slot.endInstant, zone)
    }

    private func clock(_ instant: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let time = String(format: "%02d:%02d", c.hour!, c.minute!)
        let day = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        return day == workshop.date.description ? time : "\(time) (\(day))"
    }

    private func session(_ slot: Slot) -> String {
        var out = "<strong>\(title(slot))</strong>"
        if let id = slot.speaker, let speaker = workshop.speaker(id: id) {
            out += "<br>" + html(speaker.name.display)
            if let affiliation = speaker.affiliation { out += " (\(html(affiliation)))" }
        }
        let papers = workshop.papers(ids: slot.papers).compactMap { $0 }
        if !papers.isEmpty {
            out += "<ul>" + papers.map { "<li>" + PaperHTML.summaryLine($0) + "</li>" }.joined() + "</ul>"
        }
        return out
    }

    private func title(_ slot: Slot) -> String {
        slot.title?.rendered.html ?? html(slot.kind.defaultTitle)
    }

    private func html(_ text: String) -> String { CMarkText.html(text) }
}
