import ArgumentParser
import DLDEExport

struct SiteCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write site/: the workshop's web site (home page, a page and a calendar per paper, sitemap.xml, robots.txt) with the booklet, feeds, calendar and .bib inside.",
        discussion: """
            Every link between the pages is relative: copy the folder as it is to any web server \
            or GitHub Pages, or open site/index.html from disk. Absolute addresses (sitemap, \
            canonical links, JSON-LD) are made from the workshop's url. --pdf also puts \
            program.pdf in the site; the bibtex and feed options apply to the files in the site.
            """
    )
    @OptionGroup var options: CommonOptions
    @OptionGroup var programOptions: ProgramOptions
    @OptionGroup var bibtexOptions: BibTeXOptions
    @OptionGroup var feedOptions: FeedOptions

    var writer: any OutputWriter { OutputWriters.writer("site", [programOptions, bibtexOptions, feedOptions].exportOptions)! }
}
