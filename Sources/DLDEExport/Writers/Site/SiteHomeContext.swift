import Foundation

/// The home page's template context: the booklet's context (the same
/// schedule, dates, people and papers; docs/templates.md) with what the site
/// adds (docs/site.md).
struct SiteHomeContext {
    let workshop: Workshop
    let site: SiteFacts
    let view: WorkshopView
    /// The booklet's HTML context of `workshop` (the run's, shared with
    /// program.html: it is copied, never changed); nil builds one.
    var programRoot: TemplateObject? = nil

    func build() -> TemplateObject {
        let program = ProgramContext(workshop: workshop, target: .html, view: view)
        let root = programRoot?.copy() ?? program.build()
        SiteCommon.declare(on: root, workshop: workshop, site: site, depth: 0)
        root["page_title"] = "\(workshop.title) (\(workshop.shortTitle) \(workshop.year))"
        root["canonical"] = site.absolute("")
        root.setList("meta", SiteMetaTags.objects(SiteMetaTags.openGraph(
            type: "website", title: workshop.title, description: workshop.introduction?.rendered.plain,
            url: site.absolute(""), siteName: "\(workshop.shortTitle) \(workshop.year)")))
        root["json_ld_html"] = SiteJSONLD.scriptText(SiteJSONLD.event(workshop, site: site))
        root["introduction_html"] = workshop.introduction.map { SiteHeadings.raised(ProgramTarget.html.rendered($0.rendered)) }
        root["call_for_papers_html"] = workshop.callForPapers.map { SiteHeadings.raised(ProgramTarget.html.rendered($0.rendered)) }
        root["mailing_list"] = workshop.mailingList
        root["has_contact"] = !workshop.contact.isEmpty || workshop.mailingList != nil
        root["hours"] = hours()
        root["iso_date"] = workshop.date.description
        root["important_dates"] = view.importantDates.map { SiteDates.object($0, in: workshop) }

        // Speakers with their talks, organizers: the booklet's person with a picture.
        let talks = talksBySpeaker(root)
        root["speakers"] = workshop.speakers.map { speaker -> TemplateObject in
            let object = SitePeople.object(speaker, program: program)
            object["talks"] = talks[speaker.id] ?? []
            return object
        }
        root["has_speakers"] = !workshop.speakers.isEmpty
        root["organizers"] = workshop.organizers.map { SitePeople.object($0, program: program) }
        root["has_organizers"] = !workshop.organizers.isEmpty
        root["sponsors"] = workshop.sponsors.map(SitePeople.sponsor)

        // Accepted papers by presentation, in the booklet's order.
        let papers = root.list("papers", of: TemplateRecord<PaperContext.Entry>.self)
        let presentations = [Presentation.contributedTalk, .spotlight, .poster]
        var groups: [TemplateObject] = []
        var offset = 0
        for presentation in presentations {
            let count = workshop.papers.lazy.filter { $0.presentation == presentation }.count
            guard count > 0 else { continue }
            let group = TemplateObject()
            group["heading"] = presentation.heading
            group["anchor"] = "papers-" + presentation.rawValue
            group["papers"] = Array(papers[offset..<min(papers.count, offset + count)])
            groups.append(group)
            offset += count
        }
        root["paper_groups"] = groups
        return root
    }

    /// `08:00–16:30`: the first slot's start to the last slot's end in the
    /// workshop's zone, with a day mark when either is on another date.
    private func hours() -> String? {
        view.schedule.day.first.map(SitePaperContext.range)
    }

    /// Each speaker's invited talks: title, time and the schedule row.
    private func talksBySpeaker(_ root: TemplateObject) -> [String: [TemplateObject]] {
        var talks: [String: [TemplateObject]] = [:]
        for entry in view.schedule.slots where entry.slot.kind == .invitedTalk {
            let slot = entry.slot
            guard let speaker = slot.speaker else { continue }
            let talk = TemplateObject()
            talk["title_html"] = ScheduleContext.title(slot, .html)
            talk["time"] = ScheduleContext.workshopTime(entry)
            talk["anchor"] = ScheduleContext.anchor(slot)
            talks[speaker, default: []].append(talk)
        }
        return talks
    }
}
