/// `dlde-export feed`: `atom.xml` (Atom 1.0) and `rss.xml` (RSS 2.0), one
/// entry per announcement, newest first, and with `paperEntries` one more
/// per accepted paper.
public struct FeedWriter: OutputWriter {
    /// Add one entry per accepted paper (`--paper-entries`).
    public var paperEntries: Bool

    public init(paperEntries: Bool = false) {
        self.paperEntries = paperEntries
    }

    public var command: String { "feed" }

    /// About as long as a part of the site's paper pages at 10,000 papers:
    /// started before them, it does not finish alone at the end.
    public var jobWeight: Int { 6 }

    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        // Written as they are made: a feed whose accepted-papers entry lists
        // 10,000 papers is 16 MB.
        let document = try FeedDocument(workshop, context: context, paperEntries: paperEntries)
        return [
            OutputFile(path: "atom.xml", streaming: { write in AtomFeedWriter.write(document, to: write) }),
            OutputFile(path: "rss.xml", streaming: { write in RSSFeedWriter.write(document, to: write) }),
        ]
    }
}
