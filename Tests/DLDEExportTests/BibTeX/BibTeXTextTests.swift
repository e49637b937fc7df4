import Testing
@testable import DLDEExport

@Suite("BibTeX field text: escaping, case protection, math, accents")
struct BibTeXTextTests {
    let utf8 = BibTeXText(encoding: .utf8)
    let ascii = BibTeXText(encoding: .ascii)

    @Test func acronymsAndProperNounsAreProtected() throws {
        #expect(try utf8.value("Neural ODEs for Navier–Stokes", protectCase: true) == "Neural {ODE}s for {Navier}--{Stokes}")
        #expect(try utf8.value("Navier-Stokes flows", protectCase: true) == "{Navier}-{Stokes} flows")
        #expect(try utf8.value("HyperPINN in 3D with GitHub, iPhone and GPT-4o", protectCase: true)
                == "{HyperPINN} in {3D} with {GitHub}, {iPhone} and {GPT}-4o")
        #expect(try utf8.value("A Study of X and I", protectCase: true) == "A Study of {X} and {I}")
        #expect(try utf8.value("Learning A Model", protectCase: true) == "Learning A Model")
        #expect(try utf8.value("Neural ODEs", protectCase: false) == "Neural ODEs")
    }

    @Test func titlesThatArriveBracedAreNotBracedAgain() throws {
        #expect(try utf8.value("{GRAND}: Graph Neural Diffusion", protectCase: true) == "{GRAND}: Graph Neural Diffusion")
        #expect(try utf8.value("{Neural ODEs for PDEs}", protectCase: true) == "{Neural ODEs for PDEs}")
        #expect(try utf8.value("{PDE}-Net and PINNs", protectCase: true) == "{PDE}-Net and {PINN}s")
    }

    @Test func unbalancedBracesArePrintedNotPassedOn() throws {
        #expect(try utf8.value("a } b {", protectCase: false) == "a {\\textbraceright} b {\\textbraceleft}")
        #expect(try utf8.value("}{", protectCase: false) == "{\\textbraceright}{\\textbraceleft}")
    }

    @Test func everySpecialCharacterIsEscaped() throws {
        let value = try utf8.value(##"100% #1 & $5 a_b ~x ^y \z <b>|"##, protectCase: false)
        #expect(value == ##"100\% \#1 \& \$5 a\_b {\textasciitilde}x {\textasciicircum}y {\textbackslash}z {\textless}b{\textgreater}{\textbar}"##)
    }

    @Test func mathStaysMathInsideBraces() throws {
        #expect(try utf8.value("Cost $\\mathcal{O}(N)$ here", protectCase: true) == "Cost {$\\mathcal{O}(N)$} here")
        #expect(try utf8.value("Let \\(x_i\\) be", protectCase: true) == "Let {$x_i$} be")
        // Unbalanced braces inside math: \lbrace, since BibTeX counts \{ too.
        #expect(try utf8.value("$\\{x$", protectCase: true) == "{$\\lbrace x$}")
        // Commands outside the allow-list are shown, not run.
        #expect(try utf8.value("$\\input{/etc/passwd}$", protectCase: true) == "{$\\backslash\\mathrm{input}{/etc/passwd}$}")
        #expect(try ascii.value("$x é$", protectCase: true) == "{$x \\text{{\\'e}}$}")
    }

    @Test func whiteSpaceIsCollapsed() throws {
        #expect(try utf8.value("  a \t b\n\nc  ", protectCase: false) == "a b c")
        #expect(try utf8.literal(" Ada   Lovelace ") == "Ada Lovelace")
    }

    @Test(arguments: [
        ("ö", "{\\\"o}"), ("é", "{\\'e}"), ("È", "{\\`E}"), ("ł", "{\\l}"), ("Ł", "{\\L}"), ("ø", "{\\o}"),
        ("ß", "{\\ss}"), ("å", "{\\aa}"), ("Å", "{\\AA}"), ("í", "{\\'\\i}"), ("ï", "{\\\"\\i}"),
        ("ő", "{\\H{o}}"), ("š", "{\\v{s}}"), ("ç", "{\\c{c}}"), ("ą", "{\\k{a}}"), ("ñ", "{\\~n}"),
        ("ǘ", "{\\'{\\\"u}}"), ("ǿ", "{\\'\\o}"), ("–", "--"), ("—", "---"), ("“", "``"), ("”", "''"),
        ("’", "'"), ("\u{00A0}", "~"), ("…", "{\\ldots}"), ("α", "{$\\alpha$}"),
        // Decomposed input is composed first.
        ("e\u{0301}", "{\\'e}"),
        // From pdfLaTeX's own table (utf8enc.dfu; \DJ with T1 like the UTF-8 it stands for)
        // and the kernel's math symbols (unicode-math's table).
        ("Đ", "{\\DJ}"), ("½", "{\\textonehalf}"), ("∩", "{$\\cap$}"), ("≤", "{$\\leq$}"), ("→", "{$\\rightarrow$}"),
    ])
    func asciiWritesAccentCommands(character: String, latex: String) throws {
        #expect(try ascii.literal(character) == latex)
    }

    @Test(arguments: ["中", "😀", "ả", "ά", "ℝ"])
    func asciiRefusesWhatHasNoASCIIForm(character: String) {
        #expect(throws: NoASCIIForm.self) { try ascii.literal("x\(character)y") }
        #expect(throws: Never.self) { try utf8.literal("x\(character)y") }
    }

    /// The default UTF-8 output keeps the letters pdfLaTeX's UTF-8 input
    /// knows, writes other characters with a LaTeX form as that form, and
    /// keeps (to warn about) those with none.
    @Test(arguments: [
        ("Lütjens Ødegård Łukasz Văn – “q”", "Lütjens Ødegård Łukasz Văn -- “q”"),
        // Pairs TeX fonts join stay apart; a value holding one is braced whole (biber).
        ("papers;-- Tables,, x!`", "{papers;-{}- Tables,{}, x!{}`}"),
        ("Deep Learning ∩ Differential Equations", "Deep Learning {$\\cap$} Differential Equations"),
        ("½ ≤ → ×", "{\\textonehalf} {$\\leq$} {$\\rightarrow$} {$\\times$}"),
        ("Nguyễn", "Nguy{\\~{\\^e}}n"), ("ε-greedy", "{$\\varepsilon$}-greedy"), ("王小明 🚀 Ж", "王小明 🚀 Ж"),
        // A word with a letter that has no LaTeX form stays UTF-8 whole.
        ("Ελένη Παπαδοπούλου, α", "Ελένη Παπαδοπούλου, {$\\alpha$}"),
    ])
    func utf8WritesWhatPDFLaTeXDoesNotKnowAsLaTeX(text: String, latex: String) throws {
        #expect(try utf8.literal(text) == latex)
    }

    @Test func utf8ReportsWhatHasNoLaTeXForm() {
        let reporting = BibTeXText(encoding: .utf8, reportsUTF8: true)
        #expect(throws: NoASCIIForm.self) { try reporting.literal("x王y") }
        #expect(throws: NoASCIIForm.self) { try reporting.literal("x🚀y") }
        #expect(throws: Never.self) { try reporting.literal("Lütjens ∩ ½") }
    }

    /// Text shaped like the start of an entry is braced: no reader splits the entry there.
    @Test func entryStartInsideAFieldIsBraced() throws {
        #expect(try utf8.value("See @inproceedings{x, y}", protectCase: false) == "See {@}inproceedings{x, y}")
        #expect(try ascii.literal("a@b") == "a{@}b")
    }

    @Test func bracesBalanceWhateverTheInput() throws {
        var random = SplitMix64(seed: 2021)
        let alphabet = ["{", "}", "\\", "$", "$$", "\\(", "\\)", "%", "#", "&", "_", "~", "^", "@", "a", "B", "é",
                        "Ł", " ", "(", ")", "[", "]", "\\{", "\\}", "\\input", "ODE", "Navier", ",", " and ", "\"", "'"]
        for _ in 0..<3000 {
            let length = Int(random.next() % 24)
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            for encoding in [BibTeXEncoding.utf8, .ascii] {
                let writer = BibTeXText(encoding: encoding)
                let outputs = [
                    try writer.value(text, protectCase: true),
                    try writer.value(text, protectCase: false),
                    try writer.literal(text),
                    try BibTeXNames(text: writer).name(PersonName(text)),
                ]
                for output in outputs {
                    #expect(bibtexBalanced(output), "unbalanced for \(text.debugDescription): \(output)")
                    if encoding == .ascii { #expect(output.utf8.allSatisfy { $0 < 0x80 }) }
                }
            }
        }
    }

    /// Balanced as BibTeX counts: every brace, backslash or not.
    private func bibtexBalanced(_ text: String) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }
}

/// A small seeded generator, so fuzzed inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
