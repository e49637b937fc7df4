import Foundation
import Testing
@testable import DLDEExport

/// The `.bib` of a run and its warnings come from one rendering
/// (`WriterContext.forRun(of:)`): the same warnings, in the same order, as
/// the writer alone gives, and the same file as when no warnings are asked.
@Suite("BibTeX: the file and its warnings from one rendering")
struct BibTeXOneRenderingTests {
    @Test func theRunsWarningsAndFileAreThoseOfTheWriterAlone() throws {
        let folder = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/program-hostile")
        let workshop = try WorkshopLoader.load(directory: folder.path).workshop
        for writer in [BibTeXWriter(), BibTeXWriter(abstracts: true)] {
            let alone = writer.warnings(for: workshop)
            #expect(!alone.isEmpty, "the fixture has characters without a LaTeX form")
            let context = WriterContext().forRun(of: workshop)
            #expect(writer.warnings(for: workshop, context: context).map(\.description) == alone.map(\.description))
            let file = try #require(try writer.files(for: workshop, context: context).first)
            #expect(String(decoding: file.contents, as: UTF8.self) == (try writer.render(workshop)))
        }
        // --ascii: no warnings, and the characters it cannot write stay errors.
        let ascii = BibTeXWriter(ascii: true)
        #expect(ascii.warnings(for: workshop, context: WriterContext().forRun(of: workshop)).isEmpty)
        #expect(throws: ExportError.self) { try ascii.files(for: workshop, context: WriterContext().forRun(of: workshop)) }
    }
}
