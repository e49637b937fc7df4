import Foundation
import PropertyBased
import Testing
@testable import DLDEExport

/// The feeds' link pass leaves a value alone without parsing it when it
/// looks like a plain `https://` link (`AbsoluteLinks.isPlainlyAbsolute`):
/// for arbitrary values over URL characters (and beyond them), every value
/// the shortcut takes is one that Foundation's parse gives back unchanged.
@Suite("Property: the feeds' shortcut for absolute links agrees with Foundation")
struct AbsoluteLinksShortcutProperties {
    static let schemes = ["https://", "http://", "", "HTTPS://", "ftp://", "https:/", "mailto:"]
    static let atoms = ["a", "Z", "0", "9", "example.org", "localhost", ".", "..", "-", "_", "~", "/", "//", "?", "#", ":", "@",
                        "!", "$", "(", ")", "*", "+", ",", ";", "=", "&amp;", "&quot;", "'", "%", "%2F", "%zz", "[", "]",
                        " ", "é", "\\", "^", "|", "{", "}", "`", "<", "\t", "\u{00A0}", "🙂", "xn--bcher-kva", "80"]
    static let base = URL(string: "https://example.org/dlde/")!

    @Test func everyValueTheShortcutTakesStaysAsItIs() async {
        // The first number picks the scheme, the others the atoms after it.
        let input = Gen.int(in: 0...9999).array(of: 1...11).map { picks in
            Self.schemes[picks[0] % Self.schemes.count] + picks.dropFirst().map { Self.atoms[$0 % Self.atoms.count] }.joined()
        }
        await propertyCheck(count: 20000, input: input) { value in
            if value.withUTF8Bytes(AbsoluteLinks.isPlainlyAbsolute) {
                #expect(AbsoluteLinks.absolute(value, base: Self.base) == value, "\(value.debugDescription)")
            }
        }
    }

    @Test func theShortcutTakesCommonLinksAndRefusesTheRest() {
        for taken in ["https://openreview.net/forum?id=abc_-1", "https://arxiv.org/pdf/2106.01234.pdf", "http://a.example",
                      "https://github.com/a/b#readme", "https://x.org/a:b@c/?q=1;r=(2)*3,4+5!$~"] {
            #expect(taken.withUTF8Bytes(AbsoluteLinks.isPlainlyAbsolute), "\(taken)")
        }
        for refused in ["https://a.example:8080/", "https://a b", "/relative", "slides.pdf", "https://", "https:///x",
                        "https://a/#x#y", "https://a/?x=1&amp;y=2", "HTTPS://A/", "https://a/%20", "https://a/é", "mailto:x@y.org"] {
            #expect(!refused.withUTF8Bytes(AbsoluteLinks.isPlainlyAbsolute), "\(refused)")
        }
    }
}
