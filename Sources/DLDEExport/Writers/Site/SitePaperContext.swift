/// A paper page's template context (docs/site.md): the booklet's paper
/// record as `paper`, every slot presenting it with its times in the
/// workshop's zone and in UTC, its BibTeX entry, and the head's tags.
/// Made once per run and read by every paper job: nothing in it changes
/// after `init` (its template objects are only read by the renderer).
struct SitePaperContext: @unchecked Sendable {
    let workshop: Workshop
    let site: SiteFacts
    /// Built once per job: the booklet's records of every paper.
    let papers: PaperContext
    /// Each paper's slots, in schedule order, made once (a poster session
    /// can present thousands of papers).
    let slotsByPaper: [String: [TemplateObject]]
    /// The fields of every page's `<meta>` tags.
    let metaTable = SiteMetaTags.table()
    /// The fields every paper page shares (`SiteCommon`), with room for
    /// the page's own: each page starts from a copy.
    let common: TemplateObject

    /// - Parameter booklet: the booklet's HTML papers (the run's, which
    ///   program.html shares); nil builds them.
    init(workshop: Workshop, site: SiteFacts, view workshopView: WorkshopView, booklet: BookletPapers? = nil) {
        self.workshop = workshop
        self.site = site
        common = TemplateObject(capacity: 32)
        SiteCommon.declare(on: common, workshop: workshop, site: site, depth: 1)
        papers = (booklet ?? BookletPapers(workshop: workshop, target: .html, view: workshopView)).papers
        let view = workshopView.schedule
        var slots: [String: [TemplateObject]] = [:]
        for (index, entry) in view.slots.enumerated() where !entry.slot.papers.isEmpty {
            let object = TemplateObject()
            object["title_html"] = ScheduleContext.title(entry.slot, .html)
            object["anchor"] = ScheduleContext.anchor(entry.slot)
            object["kind"] = entry.slot.kind.defaultTitle
            object["local"] = Self.range(entry.times[0])
            object["utc"] = Self.range(view.utc[index])
            object["start_datetime"] = SiteDates.rfc3339(entry.slot.startInstant, offset: 0)
            var named = Set<String>()
            for id in entry.slot.papers where named.insert(id).inserted { slots[id, default: []].append(object) }
        }
        slotsByPaper = slots
    }

    /// - Parameter bibtex: the paper's entry (`SiteFacts.citations()`).
    func build(_ paper: Paper, bibtex: String?) -> TemplateObject {
        let root = common.copy()
        let plainTitle = paper.title.rendered.plain
        let page = SiteFacts.paperPage(paper.id)
        root.set("page_title", text: "\(plainTitle) \u{2013} \(workshop.shortTitle) \(workshop.year)")
        let address = site.absolute(page)
        root.set("canonical", text: address)
        root.setList("meta", SiteMetaTags.objects(
            SiteMetaTags.highwire(paper, workshop: workshop)
                + SiteMetaTags.openGraph(type: "article", title: plainTitle, description: paper.abstract?.rendered.plain,
                                         url: address, siteName: "\(workshop.shortTitle) \(workshop.year)"),
            table: metaTable))
        root.set("json_ld_html", text: SiteJSONLD.scriptText(SiteJSONLD.article(paper, workshop: workshop, site: site)))
        root.setObject("paper", papers.object(id: paper.id))
        let slots = slotsByPaper[paper.id] ?? []
        root.setList("slots", slots)
        root.set("has_slots", flag: !slots.isEmpty)
        root.set("calendar", text: slots.isEmpty ? nil : String(SiteFacts.paperCalendar(paper.id).dropFirst("papers/".count)))
        root.set("timezone", text: workshop.timezone)
        root.set("bibtex", text: bibtex)
        return root
    }

    /// `09:20–09:30`, with the day mark of a start or end on another date
    /// than the workshop's (`23:30–00:15 (ends next day)`, `01:00–01:30 (+1 day)`).
    static func range(_ times: ScheduleView.Times) -> String {
        var text = "\(times.start)\u{2013}\(times.end)"
        if let mark = ScheduleView.mark(times.startShift) { text += " (\(mark))" }
        if let end = ScheduleView.endMark(times) { text += " (ends \(end))" }
        return text
    }
}
