import Foundation

/// The program booklet: `program.html` (self-contained, print-ready) and
/// `program.tex`, both from the templates `program.html` and `program.tex`;
/// with `pdf`, also `program.pdf` compiled by latexmk.
public struct ProgramWriter: OutputWriter {
    /// Also compile `program.pdf`.
    public var pdf: Bool

    public init(pdf: Bool = false) {
        self.pdf = pdf
    }

    public var command: String { "program" }

    /// `program.tex` is the LaTeX of every field.
    public var rendersLaTeX: Bool { true }

    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        // The two renderings are independent: one core each.
        let jobs = try jobs(for: workshop, context: context)
        let made: [Result<[OutputFile], ExportError>] = Parallel.map(jobs) { job in Result { () throws(ExportError) in try job.run() } }
        var files: [OutputFile] = []
        for result in made { files += try result.get() }
        return files
    }

    /// `program.html`, and `program.tex` (with `program.pdf`): the largest
    /// jobs of `all`.
    public func jobs(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [WriterJob] {
        // Compiled by the first job that gets there (after its context),
        // while the other job builds its own context.
        let library = context.templatesWhenAsked()
        let pdf = self.pdf
        // Each job holds its context from now until it ends (the run frees
        // a context when no job holds it).
        let htmlRoot = context.programRoot(of: workshop, target: .html)
        let latexRoot = context.programRoot(of: workshop, target: .latex)
        return [
            WriterJob(name: "program.html", weight: 10) { () throws(ExportError) in
                // Written to its file in chunks as it is rendered.
                let (root, probes) = Self.contexts(htmlRoot, .html)
                return [try library.value.get().streamed("program.html", root, probes: probes, as: "program.html")]
            },
            WriterJob(name: Self.latexJob, weight: 10, readsLaTeX: true) { () throws(ExportError) in
                // Without the PDF: rendered when written, each piece typeset
                // into the file as it is cut (`PieceTypesetter`), the text
                // never kept whole.
                guard pdf else {
                    let (root, probes) = Self.contexts(latexRoot, .latex)
                    let templates = try library.value.get()
                    try templates.checkNames("program.tex", root, probes: probes)
                    let rootContext = UncheckedBox(root)
                    return [OutputFile(path: "program.tex", streaming: { write throws(ExportError) in
                        let typesetter = LaTeXCharacters.PieceTypesetter(write: write)
                        let rendered = try PhaseTimer.measure("program render program.tex") { () throws(ExportError) in
                            try templates.write("program.tex", rootContext.value, inPieces: typesetter.take)
                        }
                        return rendered && typesetter.finish()
                    })]
                }
                let rendered = try Self.render(library, "program.tex", latexRoot, .latex)
                let latex = String(decoding: Self.typeset(rendered), as: UTF8.self)
                let bytes = try PDFCompiler.compile(latex, name: "program", sourceDate: context.sourceDate ?? WallClockNoon.of(workshop)) { failure in
                    TeXErrorSource.explain(failure, latex: latex, workshop: workshop)
                }
                return [OutputFile(path: "program.tex", text: latex), OutputFile(path: "program.pdf", contents: bytes)]
            },
        ]
    }

    /// The name of the job making `program.tex` (and `program.pdf`).
    static let latexJob = "program.tex"

    /// What a reader loses in the PDF: a warning for every paper, speaker,
    /// organizer or workshop field holding characters no font of the booklet has
    /// (they print as `U+XXXX` boxes).
    public func warnings(for workshop: Workshop) -> [Diagnostic] {
        ProgramWarnings.unsupportedCharacters(in: workshop)
    }

    private static func typeset(_ rendered: consuming [[UInt8]]) -> [UInt8] {
        PhaseTimer.measure("program typeset") {
            var latex: [UInt8] = []
            _ = LaTeXCharacters.typeset(pieces: rendered) { piece in
                latex += piece
                return true
            }
            return latex
        }
    }

    private static func render(_ library: Lazy<Result<TemplateLibrary, ExportError>>, _ name: String, _ root: Lazy<UncheckedBox<TemplateObject>>, _ target: ProgramTarget) throws(ExportError) -> [[UInt8]] {
        let (root, probes) = contexts(root, target)
        let templates = try library.value.get()
        return try PhaseTimer.measure("program render \(name)") { () throws(ExportError) in try templates.renderInLinePieces(name, root, probes: probes) }
    }

    /// The template context `root` (the run's, which the site's home page
    /// shares), and those of the probe workshops.
    private static func contexts(_ root: Lazy<UncheckedBox<TemplateObject>>, _ target: ProgramTarget) -> (TemplateObject, [TemplateObject]) {
        (root.value.value, ProgramProbe.workshops.map { ProgramContext(workshop: $0, target: target).build() })
    }
}
