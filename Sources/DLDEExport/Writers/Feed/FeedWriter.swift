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
        let document = try FeedDocument(workshop, context: context, paperEntries: paperEntries)
        return [
            OutputFile(path: "atom.xml", text: AtomFeedWriter.render(document)),
            OutputFile(path: "rss.xml", text: RSSFeedWriter.render(document)),
        ]
    }
}
