/// `sitemap.xml` (sitemaps.org 0.9: every page of the site, absolute
/// addresses under the workshop's `url`) and `robots.txt` naming it.
enum SiteSitemap {
    static func sitemap(_ workshop: Workshop, site: SiteFacts) -> String {
        typealias E = XMLMarkup.Element
        let pages = [""] + workshop.papers.map { SiteFacts.paperPage($0.id) } + ["program.html"]
        var seen = Set<String>()
        let urls = pages.filter { seen.insert($0).inserted }.map { page in
            E("url", [], [E("loc", text: site.absolute(page))])
        }
        return XMLMarkup.document(E("urlset", [XMLMarkup.Attribute("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")], urls))
    }

    static func robots(site: SiteFacts) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(site.absolute("sitemap.xml"))\n"
    }
}
