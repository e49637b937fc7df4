import Foundation
import Testing
@testable import DLDEExport

/// Repeated authors and texts are kept once when papers.yaml is read
/// (`AuthorTable`, `ScalarTable`); each keeps the bytes it was written with.
@Suite("Repeated authors and texts of papers.yaml")
struct RepeatedAuthorsTests {
    static let composed = "Jos\u{E9} Garc\u{ED}a Dom\u{ED}nguez"
    static let decomposed = "Jose\u{301} Garci\u{301}a Domi\u{301}nguez"

    static func paper(_ index: Int, name: String, affiliation: String = "Universidad Polit\u{E9}cnica de Madrid") -> String {
        """
        - id: p\(index)
          title: "Paper \(index)"
          authors:
            - name: "\(name)"
              affiliation: "\(affiliation)"
            - name: Another Author With A Long Name
              affiliation: "\(affiliation)"
          keywords: [neural differential equations]
          presentation: poster

        """
    }

    static func load(_ papers: String) throws -> Workshop {
        try WorkshopLoader.load(workshopYAML: Data(MinimalWorkshop.workshop.utf8), papersYAML: Data(papers.utf8)).workshop
    }

    @Test func anAuthorSpelledAlikeOnEveryPaperReadsTheSame() throws {
        let papers = (1...40).map { Self.paper($0, name: Self.composed) }.joined()
        let workshop = try Self.load(papers)
        #expect(workshop.papers.count == 40)
        for paper in workshop.papers {
            #expect(Array(paper.authors[0].name.display.utf8) == Array(Self.composed.utf8))
            #expect(paper.authors[0].affiliation == "Universidad Polit\u{E9}cnica de Madrid")
            #expect(paper.authors[1].name.display == "Another Author With A Long Name")
            #expect(paper.keywords == ["neural differential equations"])
        }
    }

    /// Equal text in two spellings (composed and decomposed accents) stays
    /// two spellings: the outputs keep what each paper wrote.
    @Test func composedAndDecomposedSpellingsKeepTheirOwnBytes() throws {
        let papers = (1...40).map { Self.paper($0, name: $0.isMultiple(of: 2) ? Self.composed : Self.decomposed,
                                               affiliation: $0.isMultiple(of: 3) ? "Universidad Polit\u{E9}cnica de Madrid" : "Universidad Polite\u{301}cnica de Madrid") }.joined()
        let workshop = try Self.load(papers)
        for (index, paper) in workshop.papers.enumerated() {
            let number = index + 1
            let name = number.isMultiple(of: 2) ? Self.composed : Self.decomposed
            let affiliation = number.isMultiple(of: 3) ? "Universidad Polit\u{E9}cnica de Madrid" : "Universidad Polite\u{301}cnica de Madrid"
            #expect(Array(paper.authors[0].name.display.utf8) == Array(name.utf8), "paper \(number)")
            #expect(Array((paper.authors[0].affiliation ?? "").utf8) == Array(affiliation.utf8), "paper \(number)")
            #expect(Array((paper.authors[1].affiliation ?? "").utf8) == Array(affiliation.utf8), "paper \(number)")
        }
    }
}
