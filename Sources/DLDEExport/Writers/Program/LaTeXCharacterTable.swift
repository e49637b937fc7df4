/// The explicit table behind `LaTeXCharacters`: which font of the program's
/// preamble (`templates/partials/preamble.tex.mustache`, XeLaTeX with
/// fontspec) sets a character. The fonts' coverage is generated into
/// `LaTeXFontCoverage` by `scripts/font-coverage`; change the preamble's
/// fonts and both together (a test compiles every entry).
enum LaTeXCharacterTable {
    /// A script set in a font of its own, by a command of the preamble.
    enum Script: CaseIterable, Sendable {
        case hebrew, arabic, devanagari, cjk, symbol, emoji

        /// The preamble's command that sets a run of this script.
        var command: String {
            switch self {
            case .hebrew: return "\\dldehebrew"
            case .arabic: return "\\dldearabic"
            case .devanagari: return "\\dldedevanagari"
            case .cjk: return "\\dldecjk"
            case .symbol: return "\\dldesymbol"
            case .emoji: return "\\dldeemoji"
            }
        }

        /// Set right to left, inside `\dldertl{...}`.
        var isRightToLeft: Bool { self == .hebrew || self == .arabic }

        /// Whether the spaces between two words of the script belong to the
        /// run (so a right-to-left name keeps its word order).
        var takesSpaces: Bool {
            switch self {
            case .hebrew, .arabic, .devanagari, .cjk: return true
            case .symbol, .emoji: return false
            }
        }

        var coverage: [ClosedRange<UInt32>] {
            switch self {
            case .hebrew: return LaTeXFontCoverage.hebrew
            case .arabic: return LaTeXFontCoverage.arabic
            case .devanagari: return LaTeXFontCoverage.devanagari
            case .cjk: return LaTeXFontCoverage.cjk
            case .symbol: return LaTeXFontCoverage.symbol
            case .emoji: return LaTeXFontCoverage.emoji
            }
        }
    }

    /// Invisible format characters: joiners stay inside a run of a script
    /// (Arabic and Devanagari shaping needs them); elsewhere each is
    /// written as this LaTeX. Variation selectors (emoji or text
    /// presentation) are dropped: the fonts have one form.
    static let invisible: [UInt32: String] = [
        0x00AD: "\\-", 0x200B: "\\hspace{0pt}", 0x200C: "{}", 0x200D: "{}", 0x200E: "", 0x200F: "",
        0x2060: "{}", 0xFEFF: "{}",
        0xFE00: "", 0xFE01: "", 0xFE02: "", 0xFE03: "", 0xFE04: "", 0xFE05: "", 0xFE06: "", 0xFE07: "",
        0xFE08: "", 0xFE09: "", 0xFE0A: "", 0xFE0B: "", 0xFE0C: "", 0xFE0D: "", 0xFE0E: "", 0xFE0F: "",
    ]

    /// True when one of `ranges` (sorted, disjoint) holds `value`.
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound { high = middle - 1 } else if value > ranges[middle].upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}
