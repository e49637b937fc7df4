import Foundation

/// An announcement's entry content: its body, rendered by cmark-gfm at load
/// time, followed by what its kind adds from the model; every URL absolute.
struct AnnouncementHTML: Sendable {
    let workshop: Workshop
    let view: WorkshopView
    /// The program table with its links absolute, made once: the program
    /// and day-of announcements both show it (it lists every paper).
    private let scheduleTable: Lazy<String>

    init(workshop: Workshop, view: WorkshopView) {
        self.workshop = workshop
        self.view = view
        scheduleTable = Lazy { AbsoluteLinks.resolve(ScheduleHTML(workshop: workshop, view: view).table(), against: workshop.url) }
    }

    /// The HTML for `announcement`'s entry, made in one string (the
    /// accepted papers' list is 20 MB at 10,000 papers: no part is copied
    /// into a second one). Links are made absolute part by part: no link
    /// spans two parts, as each is whole elements.
    func content(_ announcement: Announcement) -> String {
        var content = absolute(announcement.body?.rendered.html ?? "")
        appendAdditions(for: announcement.kind, to: &content)
        if content.isEmpty {
            // Nothing to add: the subject, so readers show more than a title.
            content = "<p>\(html(announcement.subject))</p>\n"
        }
        return content
    }

    /// What each kind adds (docs/input-format.md, "announcement"), its links absolute.
    func appendAdditions(for kind: AnnouncementKind, to content: inout String) {
        switch kind {
        case .callForPapers:
            if let call = workshop.callForPapers?.rendered.html {
                content += "<h2>Call for papers</h2>\n" + absolute(call)
            }
            content += importantDates()
        case .deadlineReminder:
            content += importantDates()
        case .acceptedPapers:
            var papers = ""
            appendAcceptedPapers(to: &papers)
            content += absolute(papers)
        case .program:
            content += scheduleTable.value
        case .dayOf:
            content += absolute(whereAndWhen()) + scheduleTable.value
        case .recordings:
            content += absolute(ScheduleHTML(workshop: workshop, view: view).recordings())
        case .news:
            break
        }
    }

    private func absolute(_ html: String) -> String {
        AbsoluteLinks.resolve(html, against: workshop.url)
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
        content += "<h2>Accepted papers</h2>\n<ul>\n"
        for paper in view.papers {
            content += "<li>"
            PaperHTML.appendSummaryLine(paper, to: &content)
            content += "</li>\n"
        }
        content += "</ul>\n"
    }

    func whereAndWhen() -> String {
        var line = "\(html(workshop.venue)), \(workshop.date.description)"
        if let location = workshop.location { line += ", \(html(location))" }
        return "<p>\(line). <a href=\"\(html(workshop.url))\">\(html(workshop.url))</a></p>\n"
    }

    private func html(_ text: String) -> String { CMarkText.html(text) }
}
