import Foundation

/// `dlde-export site`: the workshop's web site in `site/`, one folder to
/// publish as it is: the home page (`index.html`), a page and a calendar per
/// paper (`papers/<id>.html`, `papers/<id>.ics`), `style.css`,
/// `sitemap.xml`, `robots.txt`, and the files of the booklet, feed, calendar
/// and BibTeX writers (the same writers, their files placed under `site/`).
public struct SiteWriter: OutputWriter {
    /// The options of the writers whose files the site holds (`--pdf`
    /// puts `program.pdf` in the site too).
    public var options: ExportOptions
    /// False inside `all`, where those writers run anyway and their files
    /// are copied into the site (`SiteCopies`) instead of made twice.
    public var runsCompanions: Bool

    public init(options: ExportOptions = ExportOptions(), runsCompanions: Bool = true) {
        self.options = options
        self.runsCompanions = runsCompanions
    }

    public var command: String { "site" }

    /// The booklet's LaTeX only goes into the site as its PDF.
    public var rendersLaTeX: Bool { options.pdf }

    /// The writers whose files the site links to, with the options given.
    static func companions(_ options: ExportOptions) -> [any OutputWriter] {
        [ProgramWriter(pdf: options.pdf), BibTeXWriter(abstracts: options.abstracts, ascii: options.ascii),
         FeedWriter(paperEntries: options.paperEntries), CalendarWriter()]
    }

    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        var files: [OutputFile] = []
        for job in try jobs(for: workshop, context: context) { files += try job.run() }
        return files
    }

    /// The pages in a few jobs (the paper pages split so that they use every
    /// core), then the companions' jobs with their files moved under `site/`.
    public func jobs(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [WriterJob] {
        let library = context.templatesWhenAsked()
        let site = try SiteFacts(workshop, options: options, context: context)
        // The home page shows the booklet's schedule from the booklet's
        // HTML context, which program.html builds. In `all` (two booklet
        // jobs first) the page runs when a core is free after them, so the
        // context is freed early; beside program.html alone it would start
        // with it and wait for the context, so it runs late.
        let programRoot = context.programRoot(of: workshop, target: .html)
        var jobs = [WriterJob(name: "site pages", weight: runsCompanions ? 3 : 9) { () throws(ExportError) in
            try SitePages.home(workshop, site: site, library: library.value.get(), programRoot: programRoot.value.value, context: context)
        }]
        let count = workshop.papers.count
        // Jobs of 250 papers (of count / 40 past 10,000): the last one does
        // not run alone for long on one core, and each holds its pages
        // only until they are staged.
        let chunk = max(250, (count + 39) / 40)
        // One paper-page context for every job (its records are read only),
        // made by the first job that needs it, while the other core runs
        // the booklet's job (the heaviest, started first).
        let booklet = context.bookletPapers(of: workshop, target: .html)
        let pages = Lazy {
            PhaseTimer.measure("site paper context") {
                SitePaperContext(workshop: workshop, site: site, view: context.view(of: workshop), booklet: booklet.value)
            }
        }
        for start in stride(from: 0, to: count, by: chunk) {
            let part = start..<min(count, start + chunk)
            jobs.append(WriterJob(name: "site papers \(start)", weight: 5) { () throws(ExportError) in
                // The first job renders its first page beside the probe papers.
                let probes = start == 0 ? try SitePages.probePages(site) : []
                return try SitePages.papers(part, workshop, pages: pages.value, probes: probes, library: library.value.get(), context: context)
            })
        }
        if runsCompanions {
            for writer in Self.companions(options) {
                var made = try writer.jobs(for: workshop, context: context)
                // program.tex is not published: without --pdf its job is not run.
                if writer is ProgramWriter && !options.pdf { made = made.filter { $0.name != ProgramWriter.latexJob } }
                jobs += SiteCopies.moved(made)
            }
        }
        return jobs
    }

    /// The site's folder below the output folder.
    public static let folder = "site/"
}
