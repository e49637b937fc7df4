import Foundation

/// Decides, character by character, which font of the program's LaTeX
/// preamble (`templates/partials/preamble.tex.mustache`, XeLaTeX with
/// fontspec and Debian's Noto and Symbola fonts) sets it.
///
/// - `native`: the main fonts (Noto Serif, Noto Sans, Noto Sans Mono) have
///   it: Latin with any diacritics (Vietnamese included), Greek, Cyrillic,
///   punctuation, letterlike symbols; it stays as UTF-8.
/// - A script with a font of its own (Hebrew, Arabic, Devanagari, CJK, math
///   symbols, emoji): each run of it, with the spaces between its words, is
///   wrapped in the script's command (`\dldecjk{...}`); Hebrew and Arabic
///   runs are set right to left inside the left-to-right text.
/// - Invisible format characters (joiners, variation selectors) are kept
///   inside a run or written as LaTeX that sets nothing.
/// - Anything else (a script or emoji no installed font has) is
///   `unsupported`: it is printed as a framed `U+XXXX` placeholder
///   (`\dldemissing`) and the writer warns, so the build never breaks and
///   the loss is visible.
///
/// The table of what each font has is `LaTeXCharacterTable`/`LaTeXFontCoverage`.
public enum LaTeXCharacters {
    typealias Script = LaTeXCharacterTable.Script

    /// How one character is set.
    enum Setting: Equatable, Sendable {
        case native
        case script(Script)
        case invisible(String)
        case unsupported
    }

    /// `text` (LaTeX source) with every character the main fonts lack
    /// wrapped in the command of the font that has it.
    public static func typeset(_ latex: String) -> String {
        var latex = latex
        guard let set = latex.withUTF8(typeset(utf8:)) else { return latex }
        return String(decoding: set, as: UTF8.self)
    }

    /// The text that is `pieces` one after the other, typeset as
    /// `typeset(_:)` would and handed to `write` piece by piece; every
    /// piece but the last must end with a line end. The same bytes as the
    /// whole text typeset at once: a line end closes every run and composes
    /// with nothing, so the pieces can be set apart (with or without
    /// composing, as decided for the whole text).
    static func typeset(pieces: [[UInt8]], to write: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let typesetter = PieceTypesetter(write: write)
        for piece in pieces where !typesetter.take(piece) { return false }
        return typesetter.finish()
    }

    /// `typeset(pieces:to:)` for pieces handed over one at a time as the
    /// booklet is rendered, so its text need not be kept: each piece is
    /// typeset and written as soon as the decision to compose (made for
    /// the whole text: any combining mark anywhere composes every piece)
    /// cannot change its bytes. A piece that is its own NFC
    /// (`NFCQuickCheck`) is the same either way and is written at once; one
    /// that may not be waits, with the pieces after it, for the first mark
    /// or the end. Once a mark is seen, every piece is composed.
    final class PieceTypesetter {
        private let write: (UnsafeRawBufferPointer) -> Bool
        /// A combining mark was seen: the whole text composes.
        private var composing = false
        /// Pieces waiting for the decision, in order.
        private var waiting: [[UInt8]] = []
        private var failed = false
        /// A typeset piece, its memory used again for the next (a piece is
        /// about 1 MiB: a new block each time was a page fault per 4 KiB).
        private var typeset: [UInt8] = []

        init(write: @escaping (UnsafeRawBufferPointer) -> Bool) {
            self.write = write
        }

        /// Takes the next piece; false once `write` has failed.
        func take(_ piece: [UInt8]) -> Bool {
            guard !failed else { return false }
            piece.withUnsafeBufferPointer { latex in
                if !composing, hasMarks(latex) {
                    composing = true
                    writeWaiting()
                }
                if composing {
                    emit(latex)
                } else if waiting.isEmpty, NFCQuickCheck.isCertainlyNFC(latex) {
                    emit(latex)
                } else {
                    waiting.append(piece)
                }
            }
            return !failed
        }

        /// Writes what waits (the text had no mark, so nothing composes);
        /// false if any write failed.
        func finish() -> Bool {
            writeWaiting()
            return !failed
        }

        private func writeWaiting() {
            for piece in waiting { piece.withUnsafeBufferPointer(emit) }
            waiting = []
        }

        private func emit(_ latex: UnsafeBufferPointer<UInt8>) {
            guard !failed else { return }
            if latex.isASCII {
                failed = !write(UnsafeRawBufferPointer(latex))
            } else {
                typeset.removeAll(keepingCapacity: true)
                LaTeXCharacters.typeset(latex, composing: composing, into: &typeset)
                failed = !typeset.withUnsafeBytes(write)
            }
        }
    }

    /// The typeset UTF-8 of `latex` (valid UTF-8), or nil when it is ASCII
    /// and stays as it is.
    private static func typeset(utf8 latex: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        if latex.isASCII { return nil }
        var typeset: [UInt8] = []
        Self.typeset(latex, composing: hasMarks(latex), into: &typeset)
        return typeset
    }

    /// Composing characters (e + ◌́ into é) only matters when a combining
    /// mark is present; Foundation's normalisation of a whole booklet is slow.
    private static func hasMarks(_ latex: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasMarks = false
        forEachNonASCII(in: latex) { _, scalar in
            if let scalar, scalar.properties.canonicalCombiningClass != .notReordered { hasMarks = true }
        }
        return hasMarks
    }

    /// Appends `latex` typeset to `out`.
    private static func typeset(_ latex: UnsafeBufferPointer<UInt8>, composing: Bool, into out: inout [UInt8]) {
        guard composing, !NFCQuickCheck.isCertainlyNFC(latex) else { return typesetComposed(latex, into: &out) }
        String(decoding: latex, as: UTF8.self).precomposedStringWithCanonicalMapping.withUTF8Bytes { typesetComposed($0, into: &out) }
    }

    /// Appends the runs of `text` (in NFC) to `out`, wrapped in their fonts' commands.
    private static func typesetComposed(_ text: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + text.count + 1024)
        var run: (script: Script, text: [UInt8])?
        // Inside `\dldertl{...}`: a right-to-left run (Hebrew, Arabic, or
        // both with spaces between) is set right to left; punctuation ends
        // it, so a list of names keeps its order.
        var inRightToLeft = false
        func flushRun() {
            guard let current = run else { return }
            out += current.script.command.utf8
            out.append(UInt8(ascii: "{"))
            out += current.text
            out.append(UInt8(ascii: "}"))
            run = nil
        }
        func flush() {
            flushRun()
            if inRightToLeft { out.append(UInt8(ascii: "}")); inRightToLeft = false }
        }
        // The booklet is ASCII but for names and abstracts: copy the ASCII
        // between two other characters in one go.
        forEachNonASCII(in: text) { ascii, scalar in
            let setting = scalar.map(setting(of:))
            if let current = run, let scalar, let setting {
                // Words of one script and the spaces between them are one run;
                // joiners inside a run stay there for the shaper.
                let spacesOnly = ascii.allSatisfy { $0 == UInt8(ascii: " ") }
                let joins = ascii.isEmpty && (scalar.value == 0x200C || scalar.value == 0x200D)
                if setting == .script(current.script) && (ascii.isEmpty || (spacesOnly && current.script.takesSpaces)) || joins {
                    run!.text += ascii
                    run!.text += scalar.utf8
                    return
                }
                // Hebrew and Arabic words with only spaces between them are one
                // right-to-left sequence (as the Unicode bidi algorithm sets them).
                if inRightToLeft, spacesOnly, case .script(let next) = setting, next.isRightToLeft {
                    flushRun()
                    out.append(contentsOf: ascii)
                    run = (next, Array(scalar.utf8))
                    return
                }
            }
            if !ascii.isEmpty {
                flush()
                out.append(contentsOf: ascii)
            }
            guard let scalar, let setting else { flush(); return }
            switch setting {
            case .native:
                flush()
                out += scalar.utf8
            case .script(let script):
                if run?.script != script {
                    flush()
                    if script.isRightToLeft { out += "\\dldertl{".utf8; inRightToLeft = true }
                    run = (script, [])
                }
                run!.text += scalar.utf8
            case .invisible(let tex):
                flush()
                out += tex.utf8
            case .unsupported:
                flush()
                out += "\\dldemissing{\(hex(scalar))}".utf8
            }
        }
        flush()
    }

    /// Walks `text`'s UTF-8: `body` gets each run of ASCII bytes (possibly
    /// empty) and the non-ASCII scalar after it; at the end, the last run
    /// and nil.
    private static func forEachNonASCII(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>.SubSequence, Unicode.Scalar?) -> Void) {
        var runStart = 0
        var index = UTF8Scalar.nextNonASCII(in: bytes, from: 0)
        while index < bytes.count {
            let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
            body(bytes[runStart..<index], scalar)
            runStart = index + width
            index = UTF8Scalar.nextNonASCII(in: bytes, from: runStart)
        }
        body(bytes[runStart..<bytes.count], nil)
    }

    /// The characters of `text` that the PDF can only show as placeholders.
    public static func unsupported(in text: String) -> [Unicode.Scalar] {
        // Most text is ASCII, which the main fonts always set: no need to normalise it.
        guard !text.isASCII else { return [] }
        var found: [Unicode.Scalar] = []
        // Most names and abstracts are their own NFC: no need to normalise.
        let composed = NFCQuickCheck.isCertainlyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        for scalar in composed.unicodeScalars where !scalar.isASCII {
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
        let value = scalar.value
        if let tex = LaTeXCharacterTable.invisible[value] { return .invisible(tex) }
        if LaTeXCharacterTable.contains(LaTeXFontCoverage.main, value) { return .native }
        for script in Script.allCases where LaTeXCharacterTable.contains(script.coverage, value) { return .script(script) }
        return .unsupported
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
