import Testing
@testable import DLDEExport

/// `Paper` and `Person` share one box between copies: a change to one copy
/// must leave every other copy as it was.
@Suite("Records in a shared box keep value semantics")
struct SharedStorageTests {
    static let author = Person(id: "ada", name: PersonName(given: "Ada", family: "Lovelace"), affiliation: "Analytical Engines")
    static let paper = Paper(id: "p", title: InlineField("Notes on $x$"), authors: [author], abstract: MarkdownText("An *abstract*."),
                             keywords: ["engines"], presentation: .poster, pdf: nil, openreview: nil, code: nil)

    @Test func changingACopyLeavesTheOriginal() {
        let original = Self.paper
        var copy = original
        #expect(copy == original)
        copy.title = InlineField("Other")
        copy.authors[0].affiliation = nil
        copy.abstract?.rendered.html = "<p>changed</p>"
        copy.keywords.append("more")
        #expect(original.title.source == "Notes on $x$")
        #expect(original.authors[0].affiliation == "Analytical Engines")
        #expect(original.abstract?.rendered.html == "<p>An <em>abstract</em>.</p>\n")
        #expect(original.keywords == ["engines"])
        #expect(copy.title.source == "Other")
        #expect(copy.authors[0].affiliation == nil)
        #expect(copy.abstract?.rendered.html == "<p>changed</p>")
        #expect(copy != original)
    }

    @Test func equalValuesInTwoBoxesAreEqual() {
        let rebuilt = Paper(id: "p", title: InlineField("Notes on $x$"), authors: [Self.author], abstract: MarkdownText("An *abstract*."),
                            keywords: ["engines"], presentation: .poster, pdf: nil, openreview: nil, code: nil)
        #expect(rebuilt == Self.paper)
        var person = Self.author
        person.email = "ada@example.org"
        #expect(person != Self.author)
        person.email = nil
        #expect(person == Self.author)
    }

    @Test func aChangeToAnUnsharedValueKeepsItsBox() {
        var storage = SharedStorage([1, 2])
        let before = storage
        storage.value.append(3)
        #expect(!storage.sharesBox(with: before))
        let kept = storage
        #expect(storage.sharesBox(with: kept))
        #expect(before.value == [1, 2])
        #expect(kept.value == [1, 2, 3])
    }
}
