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

    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        let library = try TemplateLibrary.load(overrides: context.templatesDirectory)
        // The two renderings are independent: one core each.
        let rendered: [Result<String, ExportError>] = Parallel.map([("program.html", ProgramTarget.html), ("program.tex", .latex)]) { name, target in
            Result { () throws(ExportError) in
                let text = try render(library, name, workshop, target)
                return target == .latex ? PhaseTimer.measure("program typeset") { LaTeXCharacters.typeset(text) } : text
            }
        }
        let html = try rendered[0].get()
        let latex = try rendered[1].get()
        var files = [OutputFile(path: "program.html", text: html), OutputFile(path: "program.tex", text: latex)]
        if pdf {
            let bytes = try PDFCompiler.compile(latex, name: "program", sourceDate: context.sourceDate ?? WallClockNoon.of(workshop))
            files.append(OutputFile(path: "program.pdf", contents: bytes))
        }
        return files
    }

    /// What a reader loses in the PDF: a warning for every paper, speaker,
    /// organizer or workshop field holding characters pdfLaTeX cannot set
    /// with the installed fonts (they print as `U+XXXX` boxes).
    public func warnings(for workshop: Workshop) -> [Diagnostic] {
        ProgramWarnings.unsupportedCharacters(in: workshop)
    }

    private func render(_ library: TemplateLibrary, _ name: String, _ workshop: Workshop, _ target: ProgramTarget) throws(ExportError) -> String {
        let root = PhaseTimer.measure("program context \(name)") { ProgramContext(workshop: workshop, target: target).build() }
        let probes = ProgramProbe.workshops.map { ProgramContext(workshop: $0, target: target).build() }
        return try PhaseTimer.measure("program render \(name)") { () throws(ExportError) in try library.render(name, root, probes: probes) }
    }
}
