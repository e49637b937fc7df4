import ArgumentParser
import DLDEExport
import Foundation

/// The options every command takes (see docs/cli.md).
struct CommonOptions: ParsableArguments {
    @Option(help: "Folder holding workshop.yaml and papers.yaml.")
    var workshop: String = "data/dlde-2021"

    @Option(help: "Papers file to use instead of the folder's papers.yaml.")
    var papers: String?

    @Option(help: "With a CSV or OpenReview --papers file: the presentation type (contributed-talk, spotlight, poster) of papers whose row or note names none.")
    var presentation: Presentation?

    @Option(name: [.customShort("o"), .long], help: "Output folder ('-' prints a single file to standard output).")
    var output: String = "output"

    @Option(help: "Folder whose files override the built-in templates, file by file (default: templates/ when it exists).")
    var templates: String?

    @Option(help: "Math in HTML outputs: 'mathml' (converted with KaTeX, checked), 'tex' (TeX source as written, not checked) or 'auto' (mathml when KaTeX and Node.js are installed, else tex with a warning).")
    var math: MathMode = .auto

    var printsToStandardOutput: Bool { output == "-" }

    /// Loads and checks the workshop, printing warnings (and errors) to
    /// standard error; exits 65/66 when the input is unusable.
    /// - Parameter rendersLaTeX: whether a writer of this run reads the
    ///   LaTeX of Markdown fields (the booklet's `program.tex`): when none
    ///   does, it is made only if asked for after all.
    func load(rendersLaTeX: Bool) throws -> CheckedWorkshop {
        MarkdownRenderer.rendersLaTeXAtLoad = rendersLaTeX
        Malloc.mapLargeBlocksAlone()
        do {
            let checked = try WorkshopLoader.load(directory: workshop, papersFile: papers, defaultPresentation: presentation, math: math)
            Report.print(checked.warnings)
            return checked
        } catch {
            throw Report.fail(error)
        }
    }

    var context: WriterContext {
        var isDirectory: ObjCBool = false
        let fallback = FileManager.default.fileExists(atPath: "templates", isDirectory: &isDirectory) && isDirectory.boolValue
        return WriterContext.fromEnvironment(templatesDirectory: templates ?? (fallback ? "templates" : nil))
    }
}

extension MathMode: ExpressibleByArgument {}
