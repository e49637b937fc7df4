import ArgumentParser
import DLDEExport

/// The writers' own options, one group per writer: each writer's command
/// takes its group, `all` takes every group, and each sets its part of the
/// one `ExportOptions` value.
protocol WriterOptionGroup: ParsableArguments {
    func apply(to options: inout ExportOptions)
}

struct ProgramOptions: WriterOptionGroup {
    @Flag(help: "Also compile program.pdf with latexmk (texlive-latex-base, -recommended, -fonts-recommended).")
    var pdf = false

    func apply(to options: inout ExportOptions) { options.pdf = pdf }
}

struct BibTeXOptions: WriterOptionGroup {
    @Flag(help: "Add each paper's abstract and keywords to the .bib.")
    var abstracts = false

    @Flag(help: "Write the .bib in ASCII only, with LaTeX accent commands ({\\\"o}, {\\'e}, {\\l}), for classic BibTeX.")
    var ascii = false

    func apply(to options: inout ExportOptions) {
        options.abstracts = abstracts
        options.ascii = ascii
    }
}

struct FeedOptions: WriterOptionGroup {
    @Flag(help: "Also add one feed entry per accepted paper, dated by the first accepted-papers announcement.")
    var paperEntries = false

    func apply(to options: inout ExportOptions) { options.paperEntries = paperEntries }
}

extension Array where Element == any WriterOptionGroup {
    /// The options these groups set, the rest at their defaults.
    var exportOptions: ExportOptions {
        var options = ExportOptions()
        for group in self { group.apply(to: &options) }
        return options
    }
}
