import ArgumentParser
import DLDEExport

struct BibTeXCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "bibtex",
        abstract: "Write <id>.bib: the workshop and its accepted papers, with ACL Anthology-style cite keys.",
        discussion: """
            UTF-8 by default (biber and biblatex, or pdfLaTeX with classic BibTeX for Latin scripts); \
            --ascii writes LaTeX accent commands instead, for classic BibTeX, and fails naming the paper \
            when a character has no ASCII form. '-o -' prints the file to standard output.
            """
    )
    @OptionGroup var options: CommonOptions

    @OptionGroup var bibtexOptions: BibTeXOptions

    var writer: any OutputWriter { OutputWriters.writer("bibtex", [bibtexOptions].exportOptions)! }
}
