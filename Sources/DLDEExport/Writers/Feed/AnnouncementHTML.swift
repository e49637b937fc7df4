import Foundation

/// An announcement's entry content: its body, rendered by cmark-gfm at load
/// time, followed by what its kind adds from the model; every URL absolute.
struct AnnouncementHTML: Sendable {
    let workshop: Workshop
    let view: WorkshopView

    /// The HTML for `announcement`'s entry.
    func content(_ announcement: Announcement) -> String {
        var parts: [String] = []
        if let body = announcement.body?.rendered.html, !body.isEmpty { parts.append(body) }
        parts += additions(for: announcement.kind)
        if parts.allSatisfy(\.isEmpty) {
            // Nothing to add: the subject, so readers show more than a title.
            parts = ["<p>\(html(announcement.subject))</p>\n"]
        }
        return AbsoluteLinks.resolve(parts.joined(), against: workshop.url)
    }

    /// What each kind adds (docs/input-format.md, "announcement").
    func additions(for kind: AnnouncementKind) -> [String] {
        let schedule = ScheduleHTML(workshop: workshop, view: view)
        switch kind {
        case .callForPapers:
            var parts: [String] = []
            if let call = workshop.callForPapers?.rendered.html {
                parts.append("<h2>Call for papers</h2>\n" + call)
            }
            parts.append(importantDates())
            return parts
        case .deadlineReminder:
            return [importantDates()]
        case .acceptedPapers:
            return [acceptedPapers()]
        case .program:
            return [schedule.table()]
        case .dayOf:
            return [whereAndWhen(), schedule.table()]
        case .recordings:
            return [schedule.recordings()]
        case .news:
            return []
        }
    }

    func importantDates() -> String {
        guard !view.importantDates.isEmpty else { return "" }
        let items = view.importantDates.map { date in
            "<li>\(html(date.label)): \(html(date.wording))</li>\n"
        }
        return "<h2>Important dates</h2>\n<ul>\n" + items.joined() + "</ul>\n"
    }

    func acceptedPapers() -> String {
        guard !workshop.papers.isEmpty else { return "" }
        let items = view.papers.map { "<li>" + PaperHTML.summaryLine($0) + "</li>\n" }
        return "<h2>Accepted papers</h2>\n<ul>\n" + items.joined() + "</ul>\n"
    }

    func whereAndWhen() -> String {
        var line = "\(html(workshop.venue)), \(workshop.date.description)"
        if let location = workshop.location { line += ", \(html(location))" }
        return "<p>\(line). <a href=\"\(html(workshop.url))\">\(html(workshop.url))</a></p>\n"
    }

    private func html(_ text: String) -> String { CMarkText.html(text) }
}
