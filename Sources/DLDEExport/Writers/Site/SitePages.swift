import Foundation

/// Renders the site's pages with the templates `site/index.html` and
/// `site/paper.html` (and the stylesheet `site/style.css`).
enum SitePages {
    /// `index.html`, `style.css`, `sitemap.xml`, `robots.txt`, the images.
    /// - Parameter programRoot: the booklet's HTML context (the run's).
    static func home(_ workshop: Workshop, site: SiteFacts, library: TemplateLibrary, programRoot: TemplateObject, context: WriterContext) throws(ExportError) -> [OutputFile] {
        let root = SiteHomeContext(workshop: workshop, site: site, view: context.view(of: workshop), programRoot: programRoot).build()
        let probes = try ProgramProbe.workshops.map { probe throws(ExportError) in
            SiteHomeContext(workshop: probe, site: try SiteFacts(probe, options: site.options), view: WorkshopView(probe)).build()
        }
        let folder = SiteWriter.folder
        return [
            // Written in chunks as it is rendered: the schedule lists every paper.
            try library.streamed("site/index.html", root, probes: probes, as: folder + "index.html"),
            OutputFile(path: folder + "style.css", text: try library.render("site/style.css", TemplateObject())),
            OutputFile(path: folder + "sitemap.xml", text: SiteSitemap.sitemap(workshop, site: site)),
            OutputFile(path: folder + "robots.txt", text: SiteSitemap.robots(site: site)),
        ] + (try SiteImages.files(workshop))
    }

    /// The pages of the papers at `range` in the model (and the calendar of
    /// each that is in the schedule: `WorkshopView.slotIndices(presenting:)`), from the
    /// run's paper-page context `pages`. The first page is rendered beside
    /// `probes` (`probePages`; the first job of a run passes them), so a
    /// template naming an unknown field fails on any input.
    static func papers(
        _ range: Range<Int>, _ workshop: Workshop, pages: SitePaperContext, probes: [TemplateObject],
        library: TemplateLibrary, context: WriterContext
    ) throws(ExportError) -> [OutputFile] {
        let view = context.view(of: workshop)
        let site = pages.site
        let citations = try site.citations()
        var files: [OutputFile] = []
        // Papers of one session share their calendar's VTIMEZONE.
        let timeZones = Memo<ClosedRange<Date>, ICSDocument>()
        let eventParts = Memo<CalendarWriter.EventKey, ICSEvent.Parts>()
        for index in range {
            let paper = workshop.papers[index]
            let html = try library.renderUTF8("site/paper.html", pages.build(paper, bibtex: citations[paper.id]),
                                              probes: index == range.lowerBound ? probes : [])
            files.append(OutputFile(path: SiteWriter.folder + SiteFacts.paperPage(paper.id), contents: Data(html)))
            if let events = calendarEvents(view.view(of: paper), view.schedule, slots: view.slotIndices(presenting: paper.id)) {
                let calendar = try CalendarWriter.render(workshop, events: events, host: view.host, sourceDate: context.sourceDate, timeZones: timeZones, eventParts: eventParts)
                files.append(OutputFile(path: SiteWriter.folder + SiteFacts.paperCalendar(paper.id), text: calendar))
            }
        }
        return files
    }

    /// The paper-page contexts of the probe workshops' papers
    /// (`ProgramProbe`), made with the site's options.
    static func probePages(_ site: SiteFacts) throws(ExportError) -> [TemplateObject] {
        var probes: [TemplateObject] = []
        for probe in ProgramProbe.workshops {
            let probeSite = try SiteFacts(probe, options: site.options)
            let probeCitations = try probeSite.citations()
            let probePages = SitePaperContext(workshop: probe, site: probeSite, view: WorkshopView(probe))
            probes += probe.papers.map { probePages.build($0, bibtex: probeCitations[$0.id]) }
        }
        return probes
    }

    /// What the paper's calendar shows: the slots presenting the paper, each
    /// naming only this paper (a poster session's event in schedule.ics
    /// lists every poster; here, one). Same events (same `UID`s) as
    /// schedule.ics. Nil when no slot presents it.
    static func calendarEvents(_ paper: PaperView, _ schedule: ScheduleView, slots: [Int]) -> [ScheduleView.SlotTimes]? {
        guard !slots.isEmpty else { return nil }
        return slots.map { index in
            var event = schedule.slots[index]
            event.slot.papers = [paper.paper.id]
            event.papers = [paper]
            return event
        }
    }
}
