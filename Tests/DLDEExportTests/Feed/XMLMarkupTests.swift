import Foundation
import Testing
@testable import DLDEExport

@Suite("The feeds' XML writer, read back by xmllint")
struct XMLMarkupTests {
    /// Writes `root` and returns what xmllint reads at `xpath`.
    private func readBack(_ root: XMLMarkup.Element, _ xpath: String, in folder: TemporaryFolder) -> RunResult {
        let path = folder.write("doc.xml", XMLMarkup.document(root))
        let lint = Run.program("xmllint", ["--noout", path])
        #expect(lint.status == 0 && lint.stderr.isEmpty, "xmllint rejects the document: \(lint.stderr)")
        var read = Run.program("xmllint", ["--xpath", xpath, path])
        if read.stdout.hasSuffix("\n") { read.stdout.removeLast() }
        return read
    }

    @Test func textSurvivesEscapingAndForbiddenCharactersAreDropped() {
        let folder = TemporaryFolder()
        let hostile = "a & b < c > d ]]> \"q\" 'a' \u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF} 数学 😀 $\\mathcal{O}(n)$ end"
        let root = XMLMarkup.Element("r", [], [XMLMarkup.Element("t", text: hostile)])
        let read = readBack(root, "string(/r/t)", in: folder)
        #expect(read.status == 0)
        #expect(read.stdout == "a & b < c > d ]]> \"q\" 'a'  数学 😀 $\\mathcal{O}(n)$ end")
    }

    @Test func attributeValuesKeepQuotesTabsAndLineBreaks() {
        let folder = TemporaryFolder()
        let value = "say \"hi\" & 'bye' <now>\tTAB\nLF\u{0} zero"
        let root = XMLMarkup.Element("r", [XMLMarkup.Attribute("a", value)])
        let read = readBack(root, "string(/r/@a)", in: folder)
        #expect(read.status == 0)
        #expect(read.stdout == "say \"hi\" & 'bye' <now>\tTAB\nLF zero")
    }

    @Test func prefixedElementsNeedTheirNamespaceDeclared() throws {
        // Guard for the RSS writer: xmllint reports a prefix without its
        // declaration as a namespace error (on standard error, exit status 0).
        let folder = TemporaryFolder()
        let undeclared = folder.write("bad.xml", XMLMarkup.document(XMLMarkup.Element("rss", [], [XMLMarkup.Element("content:encoded", text: "x")])))
        #expect(Run.program("xmllint", ["--noout", undeclared]).stderr.contains("namespace error"))
        let rss = folder.write("rss.xml", RSSFeedWriter.render(try FeedDocument(minimalWorkshop(), context: WriterContext(), paperEntries: false)))
        let lint = Run.program("xmllint", ["--noout", rss])
        #expect(lint.status == 0 && lint.stderr.isEmpty, "\(lint.stderr)")
    }

    private func minimalWorkshop() throws -> Workshop {
        try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
    }
}
