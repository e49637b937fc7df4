/// `<workshop id>.bib`: one `@proceedings` entry for the workshop (its
/// organizers as editors) and one `@inproceedings` per accepted paper, in
/// the papers' order, with ACL Anthology-style cite keys (`CiteKeys`).
///
/// Fields, in this order, each only when it has a value: `title`, `author`
/// or `editor`, `booktitle`, `month` (a macro: `dec`), `year`, `address`
/// (the workshop's location), `url` (the paper's PDF, else its OpenReview
/// forum), `note = {Non-archival}`, and with `abstracts` also `abstract` and
/// `keywords`.
///
/// The non-archival status goes in `note` because it is the one field that
/// every classic style (plain, alpha, acl_natbib...) and biblatex print for
/// every entry type: biblatex's `pubstate` takes a fixed list of states
/// (`inpress`, `submitted`...) with no "non-archival", and `howpublished`
/// is ignored by `@inproceedings`.
public struct BibTeXWriter: OutputWriter {
    /// Adds `abstract` and `keywords` to each paper.
    public var abstracts: Bool
    /// UTF-8 (biber) or ASCII with LaTeX accent commands (classic BibTeX).
    public var encoding: BibTeXEncoding

    public init(abstracts: Bool = false, ascii: Bool = false) {
        self.abstracts = abstracts
        self.encoding = ascii ? .ascii : .utf8
    }

    public var command: String { "bibtex" }
    public var jobWeight: Int { 2 }

    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        [OutputFile(path: "\(workshop.id).bib", text: Self.joined(try entries(workshop, context: context)))]
    }

    /// The workshop's `@proceedings` entry and each paper's entry (by id), in order.
    typealias Entries = (proceedings: String, papers: [(id: String, text: String)])
    /// The entries and what making them found: characters `--ascii` cannot
    /// write (errors: no file), or, in UTF-8, characters kept without a
    /// LaTeX form (`warnings(for:)`; the entries are whole).
    typealias Made = (entries: Entries, problems: [Diagnostic])

    /// The entries, made once per run when the run shares them (`all`: the
    /// `.bib`, the site's Cite blocks and the warnings).
    private func entries(_ workshop: Workshop, context: WriterContext) throws(ExportError) -> Entries {
        let made = made(workshop, context: context)
        if encoding == .ascii && !made.problems.isEmpty { throw .invalidInput(made.problems) }
        return made.entries
    }

    /// `made(_:)`, once per run when `context` is shared: the file, the
    /// Cite blocks and the warnings from one rendering.
    private func made(_ workshop: Workshop, context: WriterContext) -> Made {
        guard let shared = context.runShared else { return made(workshop) }
        return shared.bibtexEntries("\(encoding) abstracts=\(abstracts)") { made(workshop) }
    }

    private static func joined(_ parts: Entries) -> String {
        var out = parts.proceedings
        for paper in parts.papers { out += "\n" + paper.text }
        return out
    }

    /// The `.bib` file's text.
    /// - Throws: `ExportError.invalidInput` naming each paper and field
    ///   that holds a character `--ascii` cannot write.
    public func render(_ workshop: Workshop) throws(ExportError) -> String {
        Self.joined(try entries(workshop, context: WriterContext()))
    }

    /// UTF-8 output only: a warning for each paper and field that keeps a
    /// character with no LaTeX form (CJK, emoji) as UTF-8, which biber
    /// takes but pdfLaTeX with classic BibTeX stops at.
    public func warnings(for workshop: Workshop) -> [Diagnostic] {
        warnings(for: workshop, context: WriterContext())
    }

    /// `warnings(for:)` from the run's entries when `context` is a run's
    /// (`WriterContext.forRun(of:)`): the `.bib` is made once for both.
    public func warnings(for workshop: Workshop, context: WriterContext) -> [Diagnostic] {
        guard encoding == .utf8 else { return [] }
        return made(workshop, context: context).problems.map { Diagnostic(.warning, $0.message, at: nil, keyPath: $0.keyPath) }
    }

    /// Each accepted paper's `@inproceedings` entry by paper id, exactly as
    /// the `.bib` holds it (cite keys assigned over the whole workshop): the
    /// site's "Cite" blocks.
    public func paperEntries(_ workshop: Workshop) throws(ExportError) -> [String: String] {
        try paperEntries(workshop, context: WriterContext())
    }

    /// `paperEntries`, with the run's shared entries when `context` has them.
    func paperEntries(_ workshop: Workshop, context: WriterContext) throws(ExportError) -> [String: String] {
        var byID: [String: String] = [:]
        for paper in try entries(workshop, context: context).papers where byID[paper.id] == nil {
            byID[paper.id] = paper.text
        }
        return byID
    }

    /// The workshop's `@proceedings` entry and each paper's entry, in
    /// order, and the problems found. In UTF-8, a field with a character
    /// that has no LaTeX form is reported and made again without reporting,
    /// so the entries are those of the file.
    private func made(_ workshop: Workshop) -> Made {
        let converters = Converters(encoding: encoding)
        var problems: [Diagnostic] = []
        let booktitle = convert("the workshop", keyPath: "title", into: &problems, converters) { text, _ throws(NoASCIIForm) in
            try text.value(Self.booktitle(workshop), protectCase: true)
        }
        let month = Self.months[workshop.date.month - 1]
        let address = convert("the workshop", keyPath: "location", into: &problems, converters) { text, _ throws(NoASCIIForm) in
            try text.literal(workshop.location ?? "")
        }

        var proceedings = BibTeXEntry(type: "proceedings", key: workshop.id)
        proceedings.add("title", .braced(booktitle))
        proceedings.add("editor", .braced(convert("the workshop", keyPath: "organizers", into: &problems, converters) { _, names throws(NoASCIIForm) in
            try names.list(workshop.organizers)
        }))
        proceedings.add("month", .macro(month))
        proceedings.add("year", .braced(String(workshop.year)))
        proceedings.add("address", .braced(address))
        proceedings.add("url", .braced(PercentEncoding.url(workshop.url)))
        proceedings.add("note", .braced(Self.note))
        var papers: [(id: String, text: String)] = []
        papers.reserveCapacity(workshop.papers.count)

        let keys = CiteKeys.assign(workshop.papers, year: workshop.year, reserved: [workshop.id])
        // Entries on every core (thousands of titles and names), in order.
        let numbered = Array(workshop.papers.enumerated())
        let entries = Parallel.mapChunks(numbered) { chunk in
            chunk.map { index, paper in
                var found: [Diagnostic] = []
                let entry = self.entry(paper, index: index, key: keys[paper.id] ?? paper.id, booktitle: booktitle, month: month,
                                       address: address, year: workshop.year, converters: converters, problems: &found)
                return (entry, found)
            }
        }
        for (paper, (entry, found)) in zip(workshop.papers, entries) {
            papers.append((paper.id, entry))
            problems += found
        }
        return ((proceedings.text, papers), problems)
    }

    /// The `@inproceedings` entry of paper `index`.
    private func entry(_ paper: Paper, index: Int, key: String, booktitle: String, month: String, address: String, year: Int,
                       converters: Converters, problems: inout [Diagnostic]) -> String {
        let owner = "paper '\(paper.id)'"
        let path = "papers[\(index)]"
        var entry = BibTeXEntry(type: "inproceedings", key: key)
        entry.add("title", .braced(convert(owner, keyPath: "\(path).title", into: &problems, converters) { text, _ throws(NoASCIIForm) in
            try text.value(paper.title.source, protectCase: true)
        }))
        entry.add("author", .braced(convert(owner, keyPath: "\(path).authors", into: &problems, converters) { _, names throws(NoASCIIForm) in
            try names.list(paper.authors)
        }))
        entry.add("booktitle", .braced(booktitle))
        entry.add("month", .macro(month))
        entry.add("year", .braced(String(year)))
        entry.add("address", .braced(address))
        entry.add("url", .braced(Self.url(of: paper)))
        entry.add("note", .braced(Self.note))
        if abstracts {
            entry.add("abstract", .braced(convert(owner, keyPath: "\(path).abstract", into: &problems, converters) { text, _ throws(NoASCIIForm) in
                try text.value(paper.abstract?.rendered.plain ?? "", protectCase: false)
            }))
            entry.add("keywords", .braced(convert(owner, keyPath: "\(path).keywords", into: &problems, converters) { text, _ throws(NoASCIIForm) in
                try Self.keywords(paper.keywords, text: text)
            }))
        }
        return entry.text
    }

    /// The value of `note`.
    public static let note = "Non-archival"

    /// BibTeX's month macros.
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Title (SHORT), Venue": what the papers appeared in.
    static func booktitle(_ workshop: Workshop) -> String {
        let title = workshop.title.contains(workshop.shortTitle) ? workshop.title : "\(workshop.title) (\(workshop.shortTitle))"
        return "\(title), \(workshop.venue)"
    }

    /// The paper's PDF, else its OpenReview forum, else nothing.
    static func url(of paper: Paper) -> String {
        if let pdf = paper.pdf { return PercentEncoding.url(pdf) }
        if let forum = PaperLinks(paper).openreview { return forum }
        return ""
    }

    /// Comma-separated keywords (biblatex's list form); one that holds a
    /// comma is braced.
    static func keywords(_ keywords: [String], text: BibTeXText) throws(NoASCIIForm) -> String {
        var out: [String] = []
        for keyword in keywords {
            let value = try text.value(keyword, protectCase: false)
            if value.isEmpty { continue }
            out.append(keyword.utf8.contains(0x2C) && keyword.contains(",") ? "{\(value)}" : value)
        }
        return out.joined(separator: ", ")
    }

    /// How fields are converted: as the file writes them, reporting UTF-8
    /// characters without a LaTeX form, and then again without reporting.
    private struct Converters {
        let text: BibTeXText
        let names: BibTeXNames
        /// For a UTF-8 field that was reported: converted again with these.
        let again: (text: BibTeXText, names: BibTeXNames)?

        init(encoding: BibTeXEncoding) {
            text = BibTeXText(encoding: encoding, reportsUTF8: encoding == .utf8)
            names = BibTeXNames(text: text)
            let plain = BibTeXText(encoding: encoding)
            again = encoding == .utf8 ? (plain, BibTeXNames(text: plain)) : nil
        }
    }

    /// Runs one field's conversion. A character `--ascii` cannot write
    /// becomes a diagnostic naming `owner` and the field, and the field is
    /// left empty; a UTF-8 character without a LaTeX form becomes one too,
    /// and the field is made again as the file keeps it.
    private func convert(_ owner: String, keyPath: String, into problems: inout [Diagnostic], _ converters: Converters,
                         _ make: (BibTeXText, BibTeXNames) throws(NoASCIIForm) -> String) -> String {
        do {
            return try make(converters.text, converters.names)
        } catch {
            let message = encoding == .utf8
                ? "\(owner): \(error.described) has no LaTeX form, so the .bib keeps it as UTF-8: fine for biber and biblatex, "
                    + "but pdfLaTeX with classic BibTeX stops at it (\"not set up for use with LaTeX\") unless the document loads a package for it"
                : "\(owner): \(error.described) has no ASCII form in LaTeX, so 'bibtex --ascii' cannot write it; "
                    + "leave out --ascii to write UTF-8 (for biber and biblatex), or spell the character another way"
            problems.append(Diagnostic(.error, message, at: nil, keyPath: keyPath))
            guard let again = converters.again else { return "" }
            return (try? make(again.text, again.names)) ?? ""
        }
    }
}
