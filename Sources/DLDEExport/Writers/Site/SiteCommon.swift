/// Fields every page of the site declares (docs/site.md): the way back to
/// the site's folder and the files published beside the pages.
enum SiteCommon {
    /// `depth` is how many folders below `site/` the page is (0 for
    /// `index.html`, 1 for `papers/<id>.html`).
    static func declare(on root: TemplateObject, workshop: Workshop, site: SiteFacts, depth: Int) {
        root["dlde_export_version"] = ToolVersion.number
        root["base"] = String(repeating: "../", count: depth)
        root["site_name"] = "\(workshop.shortTitle) \(workshop.year)"
        root["title"] = workshop.title
        root["short_title"] = workshop.shortTitle
        root["year"] = String(workshop.year)
        root["venue"] = workshop.venue
        root["date"] = site.date
        root["bib_file"] = site.bibFile
        root["has_pdf"] = site.hasPDF
    }
}
