/// Fields every page of the site declares (docs/site.md): the way back to
/// the site's folder and the files published beside the pages.
enum SiteCommon {
    /// `depth` is how many folders below `site/` the page is (0 for
    /// `index.html`, 1 for `papers/<id>.html`).
    static func declare(on root: TemplateObject, workshop: Workshop, site: SiteFacts, depth: Int) {
        root.set("dlde_export_version", text: ToolVersion.number)
        root.set("base", text: String(repeating: "../", count: depth))
        root.set("site_name", text: "\(workshop.shortTitle) \(workshop.year)")
        root.set("title", text: workshop.title)
        root.set("short_title", text: workshop.shortTitle)
        root.set("year", text: String(workshop.year))
        root.set("venue", text: workshop.venue)
        root.set("date", text: site.date)
        root.set("bib_file", text: site.bibFile)
        root.set("has_pdf", flag: site.hasPDF)
    }
}
