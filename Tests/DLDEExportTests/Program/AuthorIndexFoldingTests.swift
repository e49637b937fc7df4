import Foundation
import Testing
@testable import DLDEExport

/// The author index folds names without a locale (making one per name was
/// a third of the folding's cost): for every character up to U+2FFFF,
/// beside a letter and its own upper case, that is the POSIX locale's
/// folding, so the index's order and letters are the same.
@Suite("Author index: folding without a locale")
struct AuthorIndexFoldingTests {
    @Test func everyCharacterFoldsAsWithThePOSIXLocale() {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        var differing: [String] = []
        for value in 0x20...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "a" + String(scalar).uppercased()
            if text.folding(options: options, locale: nil) != text.folding(options: options, locale: ProgramClock.posix) {
                differing.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        for name in ["İstanbul", "IJssel", "Ǆemal", "Straße", "ﬁnn", "e\u{301}mile", "Øystein", "Dąbrowski", "Ελένη", "Дмитрий"] {
            if name.folding(options: options, locale: nil) != name.folding(options: options, locale: ProgramClock.posix) {
                differing.append(name)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }
}
