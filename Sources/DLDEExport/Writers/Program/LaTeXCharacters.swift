import Foundation

/// Decides, character by character, how the program's LaTeX preamble
/// (`templates/program.tex.mustache`, pdfLaTeX with only Debian's
/// texlive-latex-base, -recommended and -fonts-recommended) typesets text.
///
/// The table below is what that preamble supports, and nothing else:
/// - `native`: characters `inputenc` maps for the T1/TS1/OMS encodings
///   (from `t1enc.dfu`, `ts1enc.dfu`, `omsenc.dfu`) that the Palatino fonts
///   have; they stay as UTF-8.
/// - Greek: the URW Symbol font (upright Greek), `\dldegreek{...}`.
/// - Cyrillic: the AMS `wncyr` fonts (OT2 layout), `\dldecyr{...}`.
/// - Letters with diacritics the fonts lack as one glyph (Vietnamese,
///   Latin Extended Additional, accented Greek and Cyrillic): built from a
///   supported base letter and accents (`\d`, `\dldeover`, `\dldehorn`, ...).
/// - Anything else (CJK, emoji, other scripts) is `unsupported`: it is
///   printed as a framed `U+XXXX` placeholder (`\dldemissing`) and the
///   writer warns, so the build never breaks and the loss is visible.
public enum LaTeXCharacters {
    /// How one character is set.
    enum Setting: Equatable, Sendable {
        case native
        case greek(String)
        case cyrillic(Int)
        case composed(String)
        case unsupported
    }

    /// `text` (LaTeX source) with every character the preamble cannot take
    /// as UTF-8 replaced by the commands that set it.
    public static func typeset(_ latex: String) -> String {
        if latex.utf8.allSatisfy({ $0 < 0x80 }) { return latex }
        // Composing characters (e + ◌́ into é) only matters when a combining
        // mark is present; Foundation's normalisation of a whole booklet is slow.
        var hasMarks = false
        forEachNonASCII(in: latex) { _, scalar in
            if let scalar, scalar.properties.canonicalCombiningClass != .notReordered { hasMarks = true }
        }
        let text = hasMarks ? latex.precomposedStringWithCanonicalMapping : latex
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 1024)
        var greekRun = "", cyrillicRun = ""
        var lastSlot: Int?
        func flush() {
            if !greekRun.isEmpty { out += "\\dldegreek{\(greekRun)}".utf8; greekRun = "" }
            if !cyrillicRun.isEmpty { out += "\\dldecyr{\(cyrillicRun)}".utf8; cyrillicRun = ""; lastSlot = nil }
        }
        // The booklet is ASCII but for names and abstracts: copy the ASCII
        // between two other characters in one go.
        forEachNonASCII(in: text) { ascii, scalar in
            if !ascii.isEmpty {
                if !greekRun.isEmpty || !cyrillicRun.isEmpty { flush() }
                out.append(contentsOf: ascii)
            }
            guard let scalar else { return }
            switch setting(of: scalar) {
            case .native:
                flush()
                out += scalar.utf8
            case .greek(let letter):
                if !cyrillicRun.isEmpty { flush() }
                greekRun += letter
            case .cyrillic(let slot):
                if !greekRun.isEmpty { flush() }
                if let last = lastSlot, LaTeXCharacterTable.cyrillicLigatures.contains([last, slot]) { cyrillicRun += "{}" }
                cyrillicRun += "\\char\(slot) "
                lastSlot = slot
            case .composed(let tex):
                flush()
                out += tex.utf8
            case .unsupported:
                flush()
                out += "\\dldemissing{\(hex(scalar))}".utf8
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// Walks `text`'s UTF-8: `body` gets each run of ASCII bytes (possibly
    /// empty) and the non-ASCII scalar after it; at the end, the last run
    /// and nil.
    private static func forEachNonASCII(in text: String, _ body: (UnsafeBufferPointer<UInt8>.SubSequence, Unicode.Scalar?) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                // Valid UTF-8 (a Swift string): the lead byte gives the length.
                let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                body(bytes[runStart..<index], Unicode.Scalar(value)!)
                index += width
                runStart = index
            }
            body(bytes[runStart..<bytes.count], nil)
        }
    }

    /// The characters of `text` that the PDF can only show as placeholders.
    public static func unsupported(in text: String) -> [Unicode.Scalar] {
        // Most text is ASCII, which pdfLaTeX always sets: no need to normalise it.
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return [] }
        var found: [Unicode.Scalar] = []
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars where !scalar.isASCII {
            if setting(of: scalar) == .unsupported, !found.contains(scalar) { found.append(scalar) }
        }
        return found
    }

    /// `U+4E2D` style name of a character.
    public static func name(_ scalar: Unicode.Scalar) -> String { "U+" + hex(scalar) }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The decision for one character (NFC).
    static func setting(of scalar: Unicode.Scalar) -> Setting {
        if scalar.isASCII { return .native }
        // Deciding means decomposing the character; a workshop repeats few.
        if let known = SettingCache.shared.get(scalar.value) { return known }
        let decided = decide(scalar)
        SettingCache.shared.set(scalar.value, decided)
        return decided
    }

    private static func decide(_ scalar: Unicode.Scalar) -> Setting {
        if isNative(scalar) { return .native }
        if let extra = LaTeXCharacterTable.symbols[scalar.value] { return .composed(extra) }
        if let letter = LaTeXCharacterTable.greek[scalar.value] { return .greek(letter) }
        if let slot = LaTeXCharacterTable.cyrillic[scalar.value] { return .cyrillic(slot) }
        if let tex = composed(scalar) { return .composed(tex) }
        return .unsupported
    }

    static func isNative(_ scalar: Unicode.Scalar) -> Bool {
        LaTeXCharacterTable.native.contains { $0.contains(scalar.value) }
    }

    /// A letter with diacritics built from a base the fonts have and accent
    /// commands, or nil.
    static func composed(_ scalar: Unicode.Scalar) -> String? {
        let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard parts.count > 1, let base = parts.first else { return nil }
        var marks = Array(parts.dropFirst())
        guard marks.allSatisfy({ LaTeXCharacterTable.accentMarks[$0.value] != nil }) else { return nil }
        // Horn hugs the letter, marks above go next, marks below last, so
        // the innermost part can often be one glyph of the font (â, ê, ô...).
        marks = marks.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        var core: String?
        var coreIsGlyph = false
        var used = 0
        for count in stride(from: marks.count, through: 0, by: -1) {
            var prefix = String(base)
            prefix.unicodeScalars.append(contentsOf: marks.prefix(count))
            let nfc = prefix.precomposedStringWithCanonicalMapping.unicodeScalars
            guard nfc.count == 1, let single = nfc.first else { continue }
            if single.isASCII || isNative(single) {
                core = String(single); coreIsGlyph = true; used = count; break
            }
            if let letter = LaTeXCharacterTable.greek[single.value] {
                core = "\\dldegreek{\(letter)}"; used = count; break
            }
            if let slot = LaTeXCharacterTable.cyrillic[single.value] {
                // A Cyrillic і under a mark loses its dot (ї).
                let dotless = single.value == 0x0456 ? 61 : slot
                core = "\\dldecyr{\\char\(dotless) }"; used = count; break
            }
        }
        guard var tex = core else { return nil }
        for mark in marks.dropFirst(used) {
            guard let accent = LaTeXCharacterTable.accentMarks[mark.value] else { return nil }
            let isLetter = coreIsGlyph && tex.unicodeScalars.count == 1
            switch accent {
            case .horn:
                tex = "\\dldehorn{\(tex)}"
            case .below(let command):
                tex = "\(command){\(tex)}"
            case .above(let command):
                if isLetter && command != "\\dldehook" {
                    let letter = tex == "i" ? "\\i" : tex == "j" ? "\\j" : tex
                    tex = "\(command){\(letter)}"
                } else {
                    tex = "\\dldeover{\(command)}{\(tex)}"
                }
            }
            coreIsGlyph = false
        }
        return "{\(tex)}"
    }

    private static func rank(_ mark: Unicode.Scalar) -> Int {
        switch LaTeXCharacterTable.accentMarks[mark.value] {
        case .horn: return 0
        case .above: return 1
        case .below: return 2
        case nil: return 3
        }
    }
}

/// Settings already decided, shared by the threads that render.
private final class SettingCache: @unchecked Sendable {
    static let shared = SettingCache()
    private let lock = NSLock()
    private var settings: [UInt32: LaTeXCharacters.Setting] = [:]

    func get(_ value: UInt32) -> LaTeXCharacters.Setting? {
        lock.lock()
        defer { lock.unlock() }
        return settings[value]
    }

    func set(_ value: UInt32, _ setting: LaTeXCharacters.Setting) {
        lock.lock()
        defer { lock.unlock() }
        settings[value] = setting
    }
}
