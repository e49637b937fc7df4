import ArgumentParser
import DLDEExport

struct ProgramCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "Write the program booklet: program.html (self-contained, print-ready) and program.tex; with --pdf also program.pdf.",
        discussion: "--pdf compiles program.tex with latexmk and XeLaTeX (no shell escape); without latexmk the command exits 69 and writes nothing."
    )
    @OptionGroup var options: CommonOptions

    @Flag(help: "Also compile program.pdf with latexmk (texlive-latex-base, -recommended, -fonts-recommended).")
    var pdf = false

    var writer: any OutputWriter { ProgramWriter(pdf: pdf) }
}
