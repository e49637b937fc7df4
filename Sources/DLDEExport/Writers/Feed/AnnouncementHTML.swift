import Foundation

/// An announcement's entry content: its body, rendered by cmark-gfm at load
/// time, followed by what its kind adds from the model; every URL absolute.
struct AnnouncementHTML: Sendable {
    let workshop: Workshop
    let view: WorkshopView

    /// The HTML for `announcement`'s entry, made in one string (the
    /// accepted papers' list is 20 MB at 10,000 papers: no part is copied
    /// into a second one).
    func content(_ announcement: Announcement) -> String {
        var content = announcement.body?.rendered.html ?? ""
        appendAdditions(for: announcement.kind, to: &content)
        if content.isEmpty {
            // Nothing to add: the subject, so readers show more than a title.
            content = "<p>\(html(announcement.subject))</p>\n"
        }
        return AbsoluteLinks.resolve(content, against: workshop.url)
    }

    /// What each kind adds (docs/input-format.md, "announcement").
    func appendAdditions(for kind: AnnouncementKind, to content: inout String) {
        let schedule = ScheduleHTML(workshop: workshop, view: view)
        switch kind {
        case .callForPapers:
            if let call = workshop.callForPapers?.rendered.html {
                content += "<h2>Call for papers</h2>\n" + call
            }
            content += importantDates()
        case .deadlineReminder:
            content += importantDates()
        case .acceptedPapers:
            appendAcceptedPapers(to: &content)
        case .program:
            schedule.appendTable(to: &content)
        case .dayOf:
            content += whereAndWhen()
            schedule.appendTable(to: &content)
        case .recordings:
            content += schedule.recordings()
        case .news:
            break
        }
    }

    func importantDates() -> String {
        guard !view.importantDates.isEmpty else { return "" }
        let items = view.importantDates.map { date in
            "<li>\(html(date.label)): \(html(date.wording))</li>\n"
        }
        return "<h2>Important dates</h2>\n<ul>\n" + items.joined() + "</ul>\n"
    }

    func appendAcceptedPapers(to content: inout String) {
        guard !workshop.papers.isEmpty else { return }
        content += "<h2>Accepted papers</h2>\n"
        PaperHTML.appendSummaryList(view.papers, lineEnd: "\n", to: &content)
        content += "\n"
    }

    func whereAndWhen() -> String {
        var line = "\(html(workshop.venue)), \(workshop.date.description)"
        if let location = workshop.location { line += ", \(html(location))" }
        return "<p>\(line). <a href=\"\(html(workshop.url))\">\(html(workshop.url))</a></p>\n"
    }

    private func html(_ text: String) -> String { CMarkText.html(text) }
}
