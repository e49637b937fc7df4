import ArgumentParser
import DLDEExport

struct ProgramCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "Write the program booklet: program.html (self-contained, print-ready) and program.tex; with --pdf also program.pdf.",
        discussion: "--pdf compiles program.tex with latexmk and XeLaTeX (no shell escape); without latexmk the command exits 69 and writes nothing."
    )
    @OptionGroup var options: CommonOptions

    @OptionGroup var programOptions: ProgramOptions

    var writer: any OutputWriter { OutputWriters.writer("program", [programOptions].exportOptions)! }
}
