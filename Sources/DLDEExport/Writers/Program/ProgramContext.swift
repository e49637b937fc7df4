import Foundation

/// Builds the template context of the program for one target (HTML or
/// LaTeX): every field declared, absent ones as nil (see `TemplateObject`).
/// The field names are documented in docs/templates.md.
struct ProgramContext {
    let workshop: Workshop
    let target: ProgramTarget
    let view: WorkshopView
    /// The papers' records, when the run shares them; nil builds them.
    let papers: BookletPapers?

    /// - Parameter view: the run's view of `workshop`; nil makes one.
    init(workshop: Workshop, target: ProgramTarget, view: WorkshopView? = nil, papers: BookletPapers? = nil) {
        self.workshop = workshop
        self.target = target
        self.view = view ?? WorkshopView(workshop)
        self.papers = papers
    }

    func build() -> TemplateObject {
        let root = TemplateObject()
        let booklet = self.papers ?? BookletPapers(workshop: workshop, target: target, view: view)
        let schedule = booklet.schedule
        let papers = booklet.papers
        let slots = schedule.slots(papers: papers)

        root["dlde_export_version"] = ToolVersion.number
        root["title"] = workshop.title
        root["short_title"] = workshop.shortTitle
        root["venue"] = workshop.venue
        root["year"] = String(workshop.year)
        target.setLink(workshop.url, on: root)
        root["url_text"] = workshop.url
        root["location"] = workshop.location
        root["date"] = view.day
        root["timezone"] = workshop.timezone
        root["contacts"] = workshop.contact.map { contact -> TemplateObject in
            let object = TemplateObject()
            object["name"] = contact.name
            object["email"] = contact.email
            target.setLink("mailto:" + contact.email, on: object)
            return object
        }
        root[target.renderedKey("introduction")] = workshop.introduction.map { target.rendered($0.rendered) }
        root["important_dates"] = view.importantDates.map { item -> TemplateObject in
            let object = TemplateObject()
            object["label"] = item.label
            object["when"] = item.wording
            return object
        }
        root["has_dates"] = !view.importantDates.isEmpty
        root["zones"] = schedule.columns
        root["zone_count"] = String(schedule.columns.count)
        root["many_zones"] = schedule.columns.count > 4
        root["slots"] = slots
        root["has_schedule"] = !slots.isEmpty

        let invited = zip(workshop.schedule, slots).filter { $0.0.kind == .invitedTalk }.map(\.1)
        root["invited_talks"] = invited
        let scheduled = Set(workshop.schedule.compactMap(\.speaker))
        root["unscheduled_speakers"] = workshop.speakers.filter { !scheduled.contains($0.id) }.map(person)
        root["has_unscheduled"] = workshop.speakers.contains { !scheduled.contains($0.id) }
        root["has_invited"] = !invited.isEmpty || !workshop.speakers.isEmpty
        let talks = zip(workshop.schedule, slots).filter { [.contributedTalk, .spotlights].contains($0.0.kind) }.map(\.1)
        root["talk_sessions"] = talks
        root["has_talks"] = !talks.isEmpty
        let posters = zip(workshop.schedule, slots).filter { $0.0.kind == .posterSession }.map(\.1)
        root["poster_sessions"] = posters
        root["has_posters"] = !posters.isEmpty

        let all = papers.all
        root.setList("papers", all)
        root["has_papers"] = !all.isEmpty
        root["paper_count"] = String(all.count)
        root["index"] = indexGroups(papers)
        root["organizers"] = workshop.organizers.map(person)
        root["sponsors"] = workshop.sponsors.map { sponsor -> TemplateObject in
            let object = TemplateObject()
            object["name"] = sponsor.name
            target.setLink(sponsor.url, on: object)
            return object
        }
        root["has_sponsors"] = !workshop.sponsors.isEmpty
        return root
    }

    /// A speaker or organizer.
    func person(_ person: Person) -> TemplateObject {
        Self.person(person, target: target)
    }

    /// A speaker or organizer, for `target`.
    static func person(_ person: Person, target: ProgramTarget) -> TemplateObject {
        let object = TemplateObject()
        object["anchor"] = "person-" + person.id
        object["name"] = person.name.display
        object["affiliation"] = person.affiliation
        target.setLink(person.url, on: object)
        object[target.renderedKey("bio")] = person.bio.map { target.rendered($0.rendered) }
        return object
    }

    private func indexGroups(_ papers: PaperContext) -> [TemplateObject] {
        let ids = papers.numbered.map(\.paper.id)
        // An index entry's papers: a record each (number and id), no dictionary.
        let references = TemplateRecord<(number: Int, isLast: Bool)>.Table(values: [
            "number": { .text(String($0.number)) },
            "label": { .text(PaperContext.label($0.number)) },
            "anchor": { .text(PaperContext.anchor(ids[$0.number - 1])) },
            "separator": { $0.isLast ? .null : .text(", ") },
        ])
        let table = TemplateRecord<AuthorIndex.Entry>.Table(values: [
            "name": { .text($0.sortedName) },
            "papers": { entry in
                TemplateValue(objects: entry.papers.enumerated().map { offset, number in
                    TemplateRecord((number: number, isLast: offset == entry.papers.count - 1), table: references)
                })
            },
        ])
        return view.authorIndex.map { group -> TemplateObject in
            let object = TemplateObject()
            object["letter"] = group.letter
            object["anchor"] = "index-" + String(group.letter.unicodeScalars.first!.value, radix: 16)
            object.setList("authors", group.entries.map { TemplateRecord($0, table: table) })
            return object
        }
    }
}
