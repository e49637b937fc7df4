import Foundation
import Testing
@testable import DLDEExport

/// The GFM specification's 701 examples (../shared/commonmark-examples),
/// each one paper's abstract and one announcement's body, through every
/// consumer (see `MarkdownCorpusChecks`).
@Suite("GFM specification examples through every consumer", .serialized)
struct SpecificationExamplesTests {
    static let examples = "commonmark-examples/examples.json"

    private func workshop(_ test: String, _ scratch: TemporaryFolder) throws -> String? {
        guard let file = SharedCorpus.file(Self.examples, for: test) else { return nil }
        let corpus = try MarkdownCorpus.specificationExamples(file)
        try #require(corpus.entries.count == 701, "expected the specification's 701 examples, found \(corpus.entries.count)")
        return try MarkdownCorpusChecks.workshop(corpus, in: scratch)
    }

    @Test func bookletCompilesInsideTheMarginsAndIsNuValid() throws {
        let scratch = TemporaryFolder()
        guard let workshop = try workshop("the booklet test", scratch) else { return }
        try MarkdownCorpusChecks.booklet(workshop)
    }

    @Test func feedsWithPaperEntriesPassTheFeedRules() throws {
        let scratch = TemporaryFolder()
        guard let workshop = try workshop("the feed test", scratch) else { return }
        try MarkdownCorpusChecks.feeds(workshop)
    }

    @Test func mailsParseWithoutDefects() throws {
        let scratch = TemporaryFolder()
        guard let workshop = try workshop("the mail test", scratch) else { return }
        try MarkdownCorpusChecks.mails(workshop)
    }
}
