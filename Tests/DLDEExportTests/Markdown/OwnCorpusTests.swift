import Foundation
import Testing
@testable import DLDEExport

/// Fixtures/markdown-corpus: what the GFM specification's examples do not
/// cover (very long URLs, code and words; wide tables; deep nesting; every
/// heading level; an abstract that is only code; footnotes, task lists,
/// images), through every consumer (see `MarkdownCorpusChecks`).
@Suite("Own Markdown corpus through every consumer", .serialized)
struct OwnCorpusTests {
    static let folder = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/markdown-corpus")

    private func workshop(_ scratch: TemporaryFolder) throws -> String {
        let corpus = try MarkdownCorpus.files(in: Self.folder)
        try #require(corpus.entries.count >= 9)
        return try MarkdownCorpusChecks.workshop(corpus, in: scratch)
    }

    @Test func bookletCompilesInsideTheMarginsAndIsNuValid() throws {
        let scratch = TemporaryFolder()
        try MarkdownCorpusChecks.booklet(try workshop(scratch), notInContents: ["Heading level", "Setext heading"],
                                         inText: ["Heading level 6", "a diagram of the method", "level 10", "Text after the headings",
                                                  "The first note, with emphasis", "an open task", "starting at seven"])
    }

    @Test func feedsWithPaperEntriesPassTheFeedRules() throws {
        let scratch = TemporaryFolder()
        try MarkdownCorpusChecks.feeds(try workshop(scratch))
    }

    @Test func mailsParseWithoutDefects() throws {
        let scratch = TemporaryFolder()
        try MarkdownCorpusChecks.mails(try workshop(scratch))
    }

    /// The margin check can fail: a line TeX cannot break is reported.
    @Test func overfullLinesAreFound() {
        let log = "Overfull \\hbox (22.37494pt too wide) in paragraph at lines 358--359\nOverfull \\hbox (0.2pt too wide) in paragraph\n"
        let lines = MarkdownCorpusChecks.overfullLines(log)
        #expect(lines.map(\.points) == [22.37494, 0.2])
    }
}
