import Foundation
import PropertyBased
import Testing
@testable import DLDEExport

/// The quick NFC check (`NFCQuickCheck`) against Foundation's own
/// normalisation: its table of sensitive characters is what Foundation's
/// decompositions give for every scalar, and a text it passes is unchanged
/// by NFC.
@Suite("NFC quick check against Foundation's normalisation")
struct NFCQuickCheckTests {
    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Every scalar that NFC changes alone, and every non-mark last scalar
    /// of a canonical decomposition (what can combine with the character
    /// before it), derived again from Foundation.
    @Test func theTableIsFoundationsDecompositions() {
        var derived = Set<UInt32>()
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            let decomposed = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
            if decomposed.count >= 2, let last = decomposed.last, last.properties.canonicalCombiningClass == .notReordered {
                derived.insert(last.value)
            }
            if Self.scalars(text.precomposedStringWithCanonicalMapping) != [value] { derived.insert(value) }
        }
        let table = Set(NFCQuickCheck.sensitive.flatMap { $0 })
        #expect(table == derived, "missing \(derived.subtracting(table).sorted().prefix(10)), extra \(table.subtracting(derived).sorted().prefix(10))")
    }

    static let atoms = ["a", " ", "\n", "é", "e\u{301}", "\u{301}", "Ω", "\u{2126}", "\u{212B}", "Å", "A\u{30A}", "한", "\u{1100}", "\u{1161}", "\u{11A8}",
                        "\u{0958}", "क", "\u{093C}", "ো", "\u{09C7}", "\u{09BE}", "中", "\u{F900}", "😀", "\u{FE0F}", "\u{200D}", "Ελένη", "ά", "\u{1F71}", "ø"]

    @Test func aTextItPassesIsItsOwnNFC() async {
        let texts = Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 0...12).map { $0.map { Self.atoms[$0] }.joined() }
        await propertyCheck(count: 3000, input: texts) { text in
            if NFCQuickCheck.isCertainlyNFC(text) {
                #expect(Self.scalars(text.precomposedStringWithCanonicalMapping) == Self.scalars(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func whatItPassesAndStops() {
        for text in ["plain ASCII", "Dąbrowski Ελένη Дмитрий 中文 😀", "é", "한국어", "Å"] {
            #expect(NFCQuickCheck.isCertainlyNFC(text), "\(text.debugDescription)")
        }
        for text in ["e\u{301}", "\u{2126}", "\u{212B}", "\u{1100}\u{1161}", "\u{0958}", "\u{F900}", "\u{1F71}", "a\u{0344}"] {
            #expect(!NFCQuickCheck.isCertainlyNFC(text), "\(text.debugDescription)")
        }
    }
}
