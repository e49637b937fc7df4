import Foundation

/// What every writer may need besides the model.
public struct WriterContext: Sendable {
    /// A folder whose files override the built-in templates file by file.
    public var templatesDirectory: String?
    /// `SOURCE_DATE_EPOCH`, when set: the date for anything a format needs
    /// and the model does not give.
    public var sourceDate: Date?
    /// What the writers of a run share, set by `Export.run`, each part made
    /// by the first writer that asks (see `view(of:)`, `templates()`).
    var runShared: RunShared?

    public init(templatesDirectory: String? = nil, sourceDate: Date? = nil) {
        self.templatesDirectory = templatesDirectory
        self.sourceDate = sourceDate
    }

    /// The view of `workshop`: the run's shared one when `Export.run` made
    /// it for this workshop, else made now (a writer run directly). A writer
    /// that renders another workshop (the site's per-paper calendars) passes
    /// `unshared()`.
    func view(of workshop: Workshop) -> WorkshopView {
        runShared?.view ?? WorkshopView(workshop)
    }

    /// The templates (built-in and `templatesDirectory`'s), compiled once per run.
    func templates() throws(ExportError) -> TemplateLibrary {
        guard let runShared else { return try TemplateLibrary.load(overrides: templatesDirectory) }
        return try runShared.templates(overrides: templatesDirectory)
    }

    /// `templates()`, compiled when a job first asks, for a writer's jobs
    /// to share: they start without waiting for the templates, and the
    /// first one to need them compiles them while another builds its context.
    func templatesWhenAsked() -> Lazy<Result<TemplateLibrary, ExportError>> {
        Lazy { Result { () throws(ExportError) in try templates() } }
    }

    /// The booklet's template context of `workshop` for `target`, made
    /// when first read: the run's (program.html and the site's home page
    /// read the HTML one; nobody changes it), else one of its own. A job
    /// takes it when it is made and keeps it: the run holds it only while
    /// some job does, and it is freed when the last one ends.
    func programRoot(of workshop: Workshop, target: ProgramTarget) -> Lazy<UncheckedBox<TemplateObject>> {
        runShared?.programRoot(target) ?? RunShared.programRoot(workshop, target: target, view: view(of: workshop), papers: nil)
    }

    /// The booklet's papers of `workshop` for `target`, built when first
    /// read: the run's (program.html and the site's paper pages share the
    /// HTML ones), else of their own; held like `programRoot(of:target:)`.
    func bookletPapers(of workshop: Workshop, target: ProgramTarget) -> Lazy<BookletPapers> {
        runShared?.bookletPapers(target) ?? Lazy { [self] in BookletPapers(workshop: workshop, target: target, view: view(of: workshop)) }
    }

    /// This context without the run's view, for rendering another workshop.
    func unshared() -> WriterContext {
        var context = self
        context.runShared = nil
        return context
    }

    /// This context with what the writers of one run of `workshop` share
    /// (its view, the templates, the BibTeX entries), each made when first
    /// asked: for a command that asks for warnings of the same run
    /// (`BibTeXWriter.warnings(for:context:)`) beside `Export.run`, which
    /// uses such a context as it is.
    public func forRun(of workshop: Workshop) -> WriterContext {
        runShared == nil ? sharing(workshop) : self
    }

    /// This context with one view of `workshop` for every writer, made when
    /// the first one asks (a run of writers that need none makes none).
    func sharing(_ workshop: Workshop) -> WriterContext {
        var context = self
        context.runShared = RunShared(workshop)
        return context
    }

    /// The context of this process: `SOURCE_DATE_EPOCH` from the environment.
    public static func fromEnvironment(templatesDirectory: String?) -> WriterContext {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        return WriterContext(templatesDirectory: templatesDirectory, sourceDate: epoch.map(Date.init(timeIntervalSince1970:)))
    }
}

/// One output format: a pure function from the checked model to files.
public protocol OutputWriter: Sendable {
    /// The subcommand that runs this writer alone.
    var command: String { get }
    /// The files, relative to the output folder.
    func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile]
    /// The same files made by jobs that can run side by side, in order
    /// (one job making `files(for:context:)` unless the writer splits).
    func jobs(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [WriterJob]
    /// How long the writer's job takes compared with others (scheduling only).
    var jobWeight: Int { get }
    /// Whether it reads the LaTeX of Markdown fields (the booklet's
    /// `program.tex`): a run of writers that do not loads without making
    /// it (`MarkdownRenderer.rendersLaTeXAtLoad`). A writer that reads it
    /// anyway gets the same text, made then.
    var rendersLaTeX: Bool { get }
}

/// Every writer, in the order `all` runs them.
public enum OutputWriters {
    /// Every writer with the default options.
    public static let all: [any OutputWriter] = all(ExportOptions())

    /// Every writer, each made with its part of `options`, as `all` runs
    /// them: the site's companions (booklet, BibTeX, feeds, calendar) write
    /// each file a second time into `site/` instead of the site making them again.
    public static func all(_ options: ExportOptions) -> [any OutputWriter] {
        alone(options).map { writer -> any OutputWriter in
            if let site = writer as? SiteWriter { return SiteWriter(options: site.options, runsCompanions: false) }
            return SiteWriter.companions(options).contains { $0.command == writer.command } ? SiteCopies(writer: writer) : writer
        }
    }

    /// The writer that `command` runs alone, made with `options`.
    public static func writer(_ command: String, _ options: ExportOptions) -> (any OutputWriter)? {
        alone(options).first { $0.command == command }
    }

    /// Every writer as its own command runs it.
    static func alone(_ options: ExportOptions) -> [any OutputWriter] {
        [
            JSONWriter(), ProgramWriter(pdf: options.pdf), BibTeXWriter(abstracts: options.abstracts, ascii: options.ascii),
            FeedWriter(paperEntries: options.paperEntries), AnnounceWriter(), CalendarWriter(), SiteWriter(options: options),
        ]
    }
}

/// `workshop.json`.
public struct JSONWriter: OutputWriter {
    public init() {}
    public var command: String { "json" }
    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        // Written in chunks as it is made (tens of megabytes at 10,000 papers).
        [OutputFile(path: "workshop.json", streaming: { write in WorkshopJSON.write(workshop, to: write) })]
    }
}

/// What the writers of one run share, each made once by whichever writer
/// asks first (the others wait for it): the workshop's view, the compiled
/// templates, the BibTeX entries (the `.bib` and the site's Cite blocks),
/// kept for the run; and the booklet's contexts and HTML paper records,
/// kept only while a job that took them is alive.
final class RunShared: @unchecked Sendable {
    private let lock = NSLock()
    private let workshop: Workshop
    private let madeView: Lazy<WorkshopView>
    /// The booklet's context per target, built by the first job that reads
    /// it, while a job that took it is alive (`programRoot(_:)`).
    private var programRoots: [ProgramTarget: Weak<Lazy<UncheckedBox<TemplateObject>>>] = [:]
    /// The booklet's papers per target, held the same way.
    private var bookletPapers: [ProgramTarget: Weak<Lazy<BookletPapers>>] = [:]
    private var library: Result<TemplateLibrary, ExportError>?
    private var bibtex: [String: BibTeXWriter.Made] = [:]
    private let bibtexLock = NSLock()

    func templates(overrides: String?) throws(ExportError) -> TemplateLibrary {
        lock.lock()
        defer { lock.unlock() }
        if let library { return try library.get() }
        let loaded = Result { () throws(ExportError) in try TemplateLibrary.load(overrides: overrides) }
        library = loaded
        return try loaded.get()
    }

    /// The entries `key` names (the writer's encoding and fields), made by `make` once.
    func bibtexEntries(_ key: String, _ make: () -> BibTeXWriter.Made) -> BibTeXWriter.Made {
        bibtexLock.lock()
        defer { bibtexLock.unlock() }
        if let known = bibtex[key] { return known }
        let made = make()
        bibtex[key] = made
        return made
    }

    init(_ workshop: Workshop) {
        self.workshop = workshop
        madeView = Lazy { PhaseTimer.measure("view") { WorkshopView(workshop) } }
    }

    /// The booklet's context for `target` (nobody changes it once built):
    /// the one the jobs alive share, or a new one when none holds it.
    func programRoot(_ target: ProgramTarget) -> Lazy<UncheckedBox<TemplateObject>> {
        lock.lock()
        defer { lock.unlock() }
        if let shared = programRoots[target]?.value { return shared }
        let view = madeView
        let made = Self.programRoot(workshop, target: target, view: view.value, papers: bookletPapersLocked(target))
        programRoots[target] = Weak(made)
        return made
    }

    /// The booklet's papers for `target`: the ones the jobs alive share, or
    /// new ones when none holds them.
    func bookletPapers(_ target: ProgramTarget) -> Lazy<BookletPapers> {
        lock.lock()
        defer { lock.unlock() }
        return bookletPapersLocked(target)
    }

    private func bookletPapersLocked(_ target: ProgramTarget) -> Lazy<BookletPapers> {
        if let shared = bookletPapers[target]?.value { return shared }
        let workshop = workshop
        let view = madeView
        let made = Lazy { BookletPapers(workshop: workshop, target: target, view: view.value) }
        bookletPapers[target] = Weak(made)
        return made
    }

    /// The booklet's context of `workshop` for `target`, built when first
    /// read, from `papers` when the run shares them.
    static func programRoot(_ workshop: Workshop, target: ProgramTarget, view: @autoclosure @escaping @Sendable () -> WorkshopView,
                            papers: Lazy<BookletPapers>?) -> Lazy<UncheckedBox<TemplateObject>> {
        Lazy {
            UncheckedBox(PhaseTimer.measure("program context \(target)") {
                ProgramContext(workshop: workshop, target: target, view: view(), papers: papers?.value).build()
            })
        }
    }

    var view: WorkshopView { madeView.value }
}
