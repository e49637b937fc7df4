/// What every page of the site needs and is made once per run: where the
/// site is published, the files it holds beside its pages, and each paper's
/// BibTeX entry (cite keys are assigned over the whole workshop).
struct SiteFacts: Sendable {
    /// The workshop's `url` as the site's address, ending in `/`.
    let identity: FeedIdentity
    /// `<workshop id>.bib`.
    let bibFile: String
    /// `program.pdf` is in the site (`--pdf`).
    let hasPDF: Bool
    /// The workshop's date as every page shows it (`Tuesday, 14 December 2021`).
    let date: String
    /// The options the site was made with (for the probes' facts).
    let options: ExportOptions
    /// Paper id to its `@inproceedings` entry, as in the `.bib`.
    let citations: [String: String]

    /// - Parameter context: the run's, whose BibTeX entries the `.bib` shares.
    init(_ workshop: Workshop, options: ExportOptions, context: WriterContext = WriterContext()) throws(ExportError) {
        self.options = options
        date = context.view(of: workshop).day
        identity = try FeedIdentity(workshop)
        bibFile = "\(workshop.id).bib"
        hasPDF = options.pdf
        citations = try PhaseTimer.measure("site citations") { () throws(ExportError) in
            try BibTeXWriter(abstracts: options.abstracts, ascii: options.ascii).paperEntries(workshop, context: context)
        }
    }

    /// The absolute address of the site's file `path` (for the sitemap,
    /// canonical links, OpenGraph and JSON-LD; pages link to each other by
    /// relative paths).
    func absolute(_ path: String) -> String { identity.feedURL(path) }

    /// `papers/<id>.html`, relative to the site's folder (paper ids are
    /// `[A-Za-z0-9._-]+`: safe in a path and a URL as they are).
    static func paperPage(_ id: String) -> String { "papers/\(id).html" }

    /// `papers/<id>.ics`: the slots presenting the paper.
    static func paperCalendar(_ id: String) -> String { "papers/\(id).ics" }
}
