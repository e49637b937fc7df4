/// The template context of one announcement's body. Every kind gets the
/// same fields (a template may show the program in a `news` message), so
/// every field is declared, nil when the model has nothing for it.
///
/// Sections that hold a list are objects with `items` (or `groups`,
/// `slots`), nil when the list is empty, so a template can put a heading
/// inside them.
struct AnnouncementContext {
    /// Column at which Markdown text is wrapped.
    static let width = 72

    let workshop: Workshop
    let announcement: Announcement
    /// The parts every announcement of the workshop shares, built once.
    var shared: Shared? = nil

    /// The accepted papers and the program: the same objects for every
    /// announcement, and the costly ones at thousands of papers.
    struct Shared {
        let view: WorkshopView
        let accepted: TemplateObject?
        let program: TemplateObject?

        init(_ workshop: Workshop, view: WorkshopView) {
            self.view = view
            let accepted = TemplateObject()
            accepted["count"] = workshop.papers.count
            accepted["groups"] = MailPaperContext.groups(view.papers)
            accepted.setList("items", MailPaperContext.records(view.papers))
            self.accepted = workshop.papers.isEmpty ? nil : accepted
            program = MailProgramContext(workshop: workshop, view: view).object()
        }
    }

    /// The context of a personal message: the announcement's fields and
    /// `recipient`, `paper`, `speaker` (`PersonalContext`).
    func object(for addressee: Addressee) -> TemplateObject {
        let shared = self.shared ?? Shared(workshop, view: WorkshopView(workshop))
        return object(for: addressee, base: object(shared: shared), shared: shared)
    }

    /// `object(for:)` from `base`, this announcement's `object()` made once
    /// for all its messages (its Markdown is rendered once, not per paper):
    /// a copy of it with the personal fields added.
    func object(for addressee: Addressee, base: TemplateObject) -> TemplateObject {
        object(for: addressee, base: base, shared: shared ?? Shared(workshop, view: WorkshopView(workshop)))
    }

    private func object(for addressee: Addressee, base: TemplateObject, shared: Shared) -> TemplateObject {
        let root = base.copy()
        PersonalContext(workshop: workshop, view: shared.view, program: shared.program).add(addressee, to: root)
        return root
    }

    func object() -> TemplateObject {
        object(shared: shared ?? Shared(workshop, view: WorkshopView(workshop)))
    }

    private func object(shared: Shared) -> TemplateObject {
        let root = TemplateObject()
        root["workshop"] = workshopObject(shared.view)
        let about = TemplateObject()
        about["id"] = announcement.id
        about["kind"] = announcement.kind.rawValue
        about["subject"] = announcement.subject
        about["date"] = DateWording.day(localDay(of: announcement.date))
        root["announcement"] = about
        root["body"] = announcement.body.map { Self.plain($0.source) }
        root["call_for_papers"] = workshop.callForPapers.map { Self.plain($0.source) }
        root["important_dates"] = list(shared.view.importantDates.map(dateObject))
        let upcoming = shared.view.importantDates.filter { $0.deadline >= announcement.date.instant }
        root["upcoming_dates"] = list(upcoming.map(dateObject))
        root["accepted_papers"] = shared.accepted
        let program = shared.program
        root["program"] = program
        let recorded = (program?["slots"] as? [TemplateObject] ?? []).filter { $0["recording"] != nil || $0["slides"] != nil }
        root["recordings"] = list(recorded)
        root["contacts"] = workshop.contact.map { contact in
            let object = TemplateObject()
            object["name"] = contact.name
            object["email"] = contact.email
            return object
        }
        root["organizers"] = workshop.organizers.map { person in
            let object = TemplateObject()
            object["name"] = person.name.display
            object["affiliation"] = person.affiliation
            return object
        }
        return root
    }

    /// Markdown as plain text, links as `text <url>`, wrapped at 72 columns,
    /// without the renderer's final line end.
    static func plain(_ markdown: String) -> String {
        var text = MarkdownRenderer.plainTextWithLinks(markdown, width: width)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    private func workshopObject(_ view: WorkshopView) -> TemplateObject {
        let object = TemplateObject()
        object["id"] = workshop.id
        object["title"] = workshop.title
        object["short_title"] = workshop.shortTitle
        object["venue"] = workshop.venue
        object["year"] = workshop.year
        object["url"] = workshop.url
        object["location"] = workshop.location
        object["date"] = view.day
        object["timezone"] = workshop.timezone
        object["mailing_list"] = workshop.mailingList
        return object
    }

    private func dateObject(_ date: DateView) -> TemplateObject {
        let object = TemplateObject()
        object["label"] = date.label
        object["when"] = date.wording
        return object
    }

    /// `{items}`, or nil for no items.
    private func list(_ items: [TemplateObject]) -> TemplateObject? {
        guard !items.isEmpty else { return nil }
        let object = TemplateObject()
        object["items"] = items
        return object
    }

    /// The calendar day of `timestamp` at its own offset.
    private func localDay(of timestamp: Timestamp) -> LocalDate {
        LocalDate(MailDates.format(timestamp.instant, "yyyy-MM-dd", offset: timestamp.offsetSeconds))!
    }
}
