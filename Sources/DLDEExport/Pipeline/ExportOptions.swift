/// Every writer's options in one value: the CLI builds it once from the
/// command line, and each writer is made from it (`OutputWriters.all(_:)`),
/// so `all` takes every option any single writer takes.
public struct ExportOptions: Sendable, Equatable {
    /// `program`: also compile program.pdf.
    public var pdf = false
    /// `bibtex`: add each paper's abstract and keywords.
    public var abstracts = false
    /// `bibtex`: ASCII only, with LaTeX accent commands.
    public var ascii = false
    /// `feed`: one entry per accepted paper.
    public var paperEntries = false

    public init(pdf: Bool = false, abstracts: Bool = false, ascii: Bool = false, paperEntries: Bool = false) {
        self.pdf = pdf
        self.abstracts = abstracts
        self.ascii = ascii
        self.paperEntries = paperEntries
    }
}
