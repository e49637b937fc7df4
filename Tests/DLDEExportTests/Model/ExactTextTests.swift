@testable import DLDEExport
import Testing

/// Memo keys by bytes (`ExactText`): a name spelled composed and decomposed
/// is two keys, and what is made from each spelling is the same, so output
/// does not depend on which spelling a thread looked up first.
@Suite("Memo keys by bytes")
struct ExactTextTests {
    static let spellings: [(composed: String, decomposed: String)] = [
        ("Björn Lütjens", "Bjo\u{308}rn Lu\u{308}tjens"),
        ("Łukasz Dąbrowski", "Łukasz Da\u{328}browski"),
        ("José Ñúñez", "Jose\u{301} N\u{303}u\u{301}n\u{303}ez"),
        ("Ἀριστοτέλης Ὀνάσης", "\u{391}\u{313}ριστοτε\u{301}λης \u{39F}\u{313}να\u{301}σης"),
        ("Дмитрий Йоханссон", "Дмитрии\u{306} И\u{306}оханссон"),
    ]

    @Test func spellingsAreTwoKeysThatStringCallsEqual() {
        for (composed, decomposed) in Self.spellings {
            #expect(composed == decomposed, "String compares by canonical equivalence")
            #expect(ExactText(composed) != ExactText(decomposed))
            #expect(ExactText(composed) == ExactText(String(decoding: Array(composed.utf8), as: UTF8.self)))
            var seen: Set<ExactText> = [ExactText(composed)]
            #expect(seen.insert(ExactText(decomposed)).inserted)
            #expect(!seen.insert(ExactText(composed)).inserted)
        }
    }

    @Test func eachSpellingMakesTheSameSlugAndBibTeXName() {
        for (composed, decomposed) in Self.spellings {
            #expect(Validators.slugify(composed) == Validators.slugify(decomposed), "\(composed)")
            let parts = composed.split(separator: " ").map(String.init)
            let decomposedParts = decomposed.split(separator: " ").map(String.init)
            for encoding in [BibTeXEncoding.utf8, .ascii] {
                // One writer for both spellings, as in a run: each is its own key.
                let names = BibTeXNames(text: BibTeXText(encoding: encoding))
                let one = try? names.name(PersonName(given: parts[0], family: parts[1]))
                let other = try? names.name(PersonName(given: decomposedParts[0], family: decomposedParts[1]))
                // The .bib composes what it writes: the same bytes from either spelling.
                #expect((one ?? "-").utf8.elementsEqual((other ?? "-").utf8), "\(composed) in \(encoding)")
            }
        }
    }
}
