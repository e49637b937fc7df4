import PropertyBased
import Testing
@testable import DLDEExport

/// `BodyEncoding.choose` reads the body's bytes in one pass: for arbitrary
/// texts it chooses as the rule does line by line (7bit only for ASCII
/// lines of at most 78 octets, without control characters but tab, and
/// none starting `From `).
@Suite("Property: a mail body's encoding is chosen as its lines require")
struct BodyEncodingProperties {
    static let atoms = ["a", "Z", " ", "\t", "\n", "\r", "\r\n", "From ", "From", "from ", "=", ".", "é", "\u{7F}", "\u{1}",
                        "🙂", String(repeating: "x", count: 40), String(repeating: "y", count: 38), ""]

    static func oracle(_ text: String) -> BodyEncoding {
        let plain = text.lineFeedSeparatedLines.allSatisfy { line in
            line.utf8.count <= BodyEncoding.lineLimit && !line.utf8.starts(with: "From ".utf8)
                && line.utf8.allSatisfy { $0 < 0x80 && ($0 >= 0x20 || $0 == 0x09) && $0 != 0x7F }
        }
        return plain ? .sevenBit : .quotedPrintable
    }

    @Test func choosesAsTheLineRuleDoes() async {
        let input = Gen.int(in: 0...(Self.atoms.count - 1)).array(of: 0...12).map { $0.map { Self.atoms[$0] }.joined() }
        await propertyCheck(count: 5000, input: input) { text in
            #expect(BodyEncoding.choose(for: text) == Self.oracle(text), "\(text.debugDescription)")
        }
    }

    @Test func edges() {
        #expect(BodyEncoding.choose(for: "") == .sevenBit)
        #expect(BodyEncoding.choose(for: String(repeating: "x", count: 78) + "\n") == .sevenBit)
        #expect(BodyEncoding.choose(for: String(repeating: "x", count: 79)) == .quotedPrintable)
        #expect(BodyEncoding.choose(for: "a\nFrom b") == .quotedPrintable)
        #expect(BodyEncoding.choose(for: "a\n From b\tc") == .sevenBit)
    }
}
