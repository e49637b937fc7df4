@testable import DLDEExport
import Testing

/// The OpenGraph description (`SiteMetaTags.summary`) reads only the start of
/// an abstract; it must equal the summary of the whole text flattened, for
/// any text: random runs of white space (CRLF, no-break and ideographic
/// spaces), combining marks, emoji sequences and regional indicators, short
/// and far beyond the 300-character cut.
@Suite("Site: description summary")
struct SiteSummaryTests {
    /// The summary as first written: the whole text split and joined.
    static func wholeTextSummary(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > 300 else { return flat }
        let cut = flat.prefix(300)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "\u{2026}"
    }

    static let pieces: [String] = [
        "a", "word", "é", "e\u{301}", "\u{301}", " ", "  ", "\t", "\r\n", "\n", "\u{A0}", "\u{3000}",
        "👩‍🔬", "\u{200D}", "🇩🇪", "🇫", "中文", "$x$", "-", "\u{2028}",
    ]

    @Test func readingTheStartGivesTheWholeTextsSummary() {
        var random = SplitMix64(seed: 2021)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...700, using: &random)
            var text = ""
            for _ in 0..<length { text += Self.pieces.randomElement(using: &random)! }
            #expect(SiteMetaTags.summary(text) == Self.wholeTextSummary(text), "\(text.debugDescription)")
        }
    }
}
