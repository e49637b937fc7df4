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
    /// Paper id to its `@inproceedings` entry, as in the `.bib`, made by
    /// the first paper job that asks: the entries are the `.bib`'s, which
    /// another thread may be making, and the other jobs need not wait.
    private let madeCitations: Lazy<Result<[String: String], ExportError>>

    /// - Parameter context: the run's, whose BibTeX entries the `.bib` shares.
    init(_ workshop: Workshop, options: ExportOptions, context: WriterContext = WriterContext()) throws(ExportError) {
        self.options = options
        date = context.view(of: workshop).day
        identity = try FeedIdentity(workshop)
        bibFile = "\(workshop.id).bib"
        hasPDF = options.pdf
        madeCitations = Lazy {
            PhaseTimer.measure("site citations") {
                Result { () throws(ExportError) in
                    try BibTeXWriter(abstracts: options.abstracts, ascii: options.ascii).paperEntries(workshop, context: context)
                }
            }
        }
    }

    /// Paper id to its `@inproceedings` entry, as in the `.bib`.
    /// - Throws: what the `.bib` would (`--ascii` and a character without an ASCII form).
    func citations() throws(ExportError) -> [String: String] {
        try madeCitations.value.get()
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
