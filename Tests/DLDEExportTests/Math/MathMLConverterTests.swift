@testable import DLDEExport
import Foundation
import Testing

/// KaTeX through `KaTeXConverter` and `MathMLSanitizer`: MathML out, errors
/// with positions, and a hostile corpus that yields nothing but allowed MathML.
@Suite("Math: KaTeX converter and MathML allow-list")
struct MathMLConverterTests {
    static func converter() throws -> KaTeXConverter {
        try #require(KaTeXConverter.find(), "KaTeX or Node.js is missing: run `make deps-test` (Debian's katex and nodejs)")
    }

    @Test func convertsInlineAndDisplayMath() throws {
        let results = try Self.converter().convert([
            MathSource(tex: "\\frac{a}{b}", display: true),
            MathSource(tex: "x^2", display: false),
        ])
        guard case .mathml(let display) = results[0], case .mathml(let inline) = results[1] else {
            Issue.record("expected MathML: \(results)")
            return
        }
        #expect(display.hasPrefix("<math display=\"block\"><semantics>"))
        #expect(display.contains("<mfrac><mi>a</mi><mi>b</mi></mfrac>"))
        #expect(display.hasSuffix("<annotation encoding=\"application/x-tex\">\\frac{a}{b}</annotation></semantics></math>"))
        #expect(inline.hasPrefix("<math><semantics>"))
        #expect(inline.contains("<msup><mi>x</mi><mn>2</mn></msup>"))
    }

    @Test func reportsMathThatWillNotTypesetWithItsPosition() throws {
        let results = try Self.converter().convert([
            MathSource(tex: "\\frac{a", display: false),
            MathSource(tex: "a_b_c", display: false),
            MathSource(tex: "é + \\foo", display: false),
        ])
        guard case .failed(let unclosed, let end) = results[0], case .failed(let double, let at) = results[1],
              case .failed(let undefined, let position) = results[2] else {
            Issue.record("expected three failures: \(results)")
            return
        }
        #expect(unclosed.contains("Expected '}'") || unclosed.contains("expected '}'"), "\(unclosed)")
        #expect(end == 7)
        #expect(double.hasPrefix("Double subscript"), "\(double)")
        #expect(at == 3)
        #expect(undefined.contains("Undefined control sequence"), "\(undefined)")
        #expect(position == 4, "scalars, not UTF-16 units or bytes")
    }

    /// TeX that asks for links, files, scripts, macro definitions, huge sizes
    /// or endless expansion, and text that tries to leave `<math>`.
    static let hostile: [String] = [
        "\\href{javascript:alert(1)}{x}", "\\url{https://evil.example}", "\\includegraphics{/etc/passwd}",
        "\\input{/etc/passwd}", "\\def\\x{\\x\\x}\\x", "\\gdef\\a{b}", "\\newcommand{\\b}{c}\\b", "\\let\\c=\\frac",
        "\\htmlClass{x}{y}", "\\htmlStyle{position:fixed;top:0}{y}", "\\htmlId{x}{y}", "\\htmlData{onclick=alert(1)}{y}",
        "\\rule{1000in}{1000in}", "\\kern{1000em}x", "\\hspace{10000pt}", "\\Huge x", "\\mathrm{\\Huge x}",
        String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000),
        String(repeating: "\\sqrt{", count: 2000) + "x" + String(repeating: "}", count: 2000),
        "\\def\\a{\\a\\a}\\a", "\\edef\\a{\\a\\a\\a\\a}", "\\newcommand{\\x}[1]{#1#1#1#1}\\x{\\x{\\x{\\x{\\x{a}}}}}",
        "x</math><script>alert(1)</script>", "]]><script>alert(1)</script>", "</annotation><a href=\"x\">y</a>",
        "\\text{<img src=x onerror=alert(1)>}", "\\color{red}x", "\\textcolor{javascript:alert(1)}{x}",
        "\\colorbox{url(x)}{y}", "\\operatorname{<b>}", "\\mathbb{\\text{<script>}}", "\\verb|x|", "\\write18{rm -rf /}",
        "\\catcode`\\^^5c=12", "^^5cinput", "\\csname href\\endcsname{x}{y}", "\\tag{<script>}x", "\\char\"3C",
        "\\begin{array}{c}\\href{x}{y}\\end{array}", "\\xrightarrow{\\url{x}}", "a\u{0}b", String(repeating: "x", count: 5000),
    ]

    @Test func hostileMathGivesOnlyAllowedMathMLInBoundedTime() throws {
        let converter = try Self.converter()
        let start = Date()
        let results = try converter.convert(Self.hostile.map { MathSource(tex: $0, display: false) })
        let batch = Date().timeIntervalSince(start)
        #expect(batch < 30, "the hostile batch took \(batch) s")
        let allowed = ["math", "semantics", "annotation"] + [
            "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot",
            "mover", "munder", "munderover", "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mtd",
            "mlabeledtr", "mstyle", "mpadded", "mphantom", "merror", "menclose",
        ]
        var converted = 0
        for (tex, result) in zip(Self.hostile, results) {
            guard case .mathml(let mathml) = result else { continue }
            converted += 1
            // Markup (text is escaped, so every `<` starts a tag the sanitizer wrote).
            let tags = mathml.matches(of: /<[^>]*>/).map { String($0.output).lowercased() }
            for tag in tags {
                for forbidden in ["script", "href", "src=", "style=", "annotation-xml", "javascript:", "url(", "<a ", "<img", "onerror", "onclick"] {
                    #expect(!tag.contains(forbidden), "\(forbidden) in \(tag), from \(tex.prefix(60))")
                }
            }
            // Every element is on the allow-list.
            let names = mathml.split(separator: "<").dropFirst().map { $0.prefix { $0 != ">" && $0 != " " }.trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
            for name in names { #expect(allowed.contains(name), "<\(name)> in the MathML of \(tex.prefix(60))") }
            // One <math> with the TeX in its annotation, and nothing after it.
            #expect(mathml.hasPrefix("<math") && mathml.hasSuffix("</math>"))
            #expect(mathml.components(separatedBy: "<math").count == 2)
            #expect(mathml.components(separatedBy: "</math>").count == 2)
            // Nothing is painted but glyphs: no black \rule boxes over the text.
            #expect(mathml.firstMatch(of: /<mspace[^>]*mathbackground/) == nil, "a painted space from \(tex.prefix(60))")
            // Sizes stay in their box.
            for size in mathml.matches(of: /(?:width|height|depth)="(-?[0-9.]+)em"/) {
                #expect(abs(Double(size.output.1) ?? 0) <= 5, "\(size.output.0) in \(tex.prefix(60))")
            }
        }
        #expect(converted > 5, "the corpus also holds math KaTeX renders")
        for (tex, result) in zip(Self.hostile, results) where tex.hasPrefix("\\href") || tex.hasPrefix("\\url") || tex.contains("def") || tex.contains("newcommand") {
            guard case .failed = result else {
                Issue.record("\(tex) was not refused")
                continue
            }
        }
        // Each span alone, in its own run, finishes in bounded time.
        for tex in Self.hostile where tex.count > 1000 || tex.contains("\\a\\a") || tex.contains("#1#1") {
            let spanStart = Date()
            _ = try converter.convert([MathSource(tex: tex, display: true)])
            #expect(Date().timeIntervalSince(spanStart) < 10, "\(tex.prefix(40)) took too long")
        }
    }

    /// Spans made of TeX and markup pieces, deterministic (seeded), one batch:
    /// whatever KaTeX makes of them, only allowed markup comes out.
    @Test func randomSpansGiveOnlyAllowedMarkup() throws {
        let pieces = ["\\frac", "{", "}", "^", "_", "x", "2", "<", ">", "&", "\"", "'", "\\href", "\\text{", "]]>", "</math>",
                      "<script>", "\\begin{matrix}", "\\end{matrix}", "\\\\", "\\left(", "\\right)", "\\color{red}", "\\rule{9em}{9em}",
                      "\\overset", "\\tag{1}", "\\mathbb", "\\sqrt", "é", "𝔸", " ", "\\,", "\\operatorname{<b>}", "javascript:"]
        var state: UInt64 = 2021
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let spans = (0..<400).map { _ in (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined() }
        let results = try Self.converter().convert(spans.map { MathSource(tex: $0, display: next(2) == 0) })
        var converted = 0
        for (tex, result) in zip(spans, results) {
            guard case .mathml(let mathml) = result else { continue }
            converted += 1
            let parsed = MathMLSanitizer.sanitize(mathml, tex: tex, display: mathml.hasPrefix("<math display"))
            #expect((try? parsed.get()) == mathml, "sanitising twice changes nothing: \(tex)")
            for tag in mathml.matches(of: /<\/?([a-z-]+)([^>]*)>/) {
                let name = String(tag.output.1)
                #expect(MathMLSanitizer.elements.contains(name) || name == "annotation", "<\(name)> from \(tex)")
                for attribute in String(tag.output.2).matches(of: /([a-z-]+)="([^"]*)"/) {
                    let key = String(attribute.output.1)
                    #expect(MathMLSanitizer.attributes.contains(key) || key == "display" || key == "encoding", "\(key) from \(tex)")
                    #expect(!attribute.output.2.contains(":") && !attribute.output.2.contains("("), "\(attribute.output.0) from \(tex)")
                }
            }
        }
        #expect(converted > 40, "\(converted) of \(spans.count) converted")
    }

    @Test func sanitizerRebuildsMathMLFromTheAllowList() {
        let evil = """
        <span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML" onload="alert(1)"><semantics>\
        <mrow href="javascript:alert(1)" style="position:fixed"><mi mathvariant="bold" onclick="x()">x</mi>\
        <mspace width="1000em" height="0.5em"></mspace><mstyle mathcolor="url(#x)"><mn>1</mn></mstyle>\
        <maction actiontype="statusline"><mi>y</mi><mtext>z</mtext></maction><a href="x">link</a>\
        <script>alert(1)</script><foreignObject><div>html</div></foreignObject></mrow>\
        <annotation-xml encoding="text/html"><b>bold</b></annotation-xml>\
        <annotation encoding="text/html">&lt;/math&gt;</annotation></semantics></math></span>
        """
        let result = MathMLSanitizer.sanitize(evil, tex: "x</math>]]>", display: false)
        guard case .success(let clean) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(clean == """
        <math><semantics><mrow><mi mathvariant="bold">x</mi><mspace height="0.5em"></mspace><mstyle><mn>1</mn></mstyle>\
        </mrow><annotation encoding="application/x-tex">x&lt;/math&gt;]]&gt;</annotation></semantics></math>
        """)
        // A token element holding elements becomes an mrow; no width on table cells.
        let odd = MathMLSanitizer.sanitize("<math><mtable><mtr><mtd width=\"50%\"><mo lspace=\"0em\"><mover><mo>=</mo><mo>!</mo></mover></mo></mtd></mtr></mtable></math>", tex: "t", display: true)
        #expect((try? odd.get()) == "<math display=\"block\"><mtable><mtr><mtd><mrow><mover><mo>=</mo><mo>!</mo></mover></mrow></mtd></mtr></mtable></math>")
        // A <math> inside <math> goes, with its content.
        let nested = MathMLSanitizer.sanitize("<math><mi>a</mi><math display=\"block\"><mi>b</mi></math></math>", tex: "a", display: false)
        #expect((try? nested.get()) == "<math><mi>a</mi></math>")
        // Not MathML at all: refused, not passed through.
        guard case .failure = MathMLSanitizer.sanitize("<p>no math</p>", tex: "x", display: false) else {
            Issue.record("a page without <math> was accepted")
            return
        }
        // Not well-formed XML, even where the elements balance: refused
        // (libxml2's error, whatever XMLParser.parse() returns on Linux).
        for broken in ["<math><mi>x</mi></math><", "<math><mi>x</mi></math>&bogus;", "<math><mi a=1>x</mi></math>", "<math><mi>x</mo></math>"] {
            guard case .failure = MathMLSanitizer.sanitize(broken, tex: "x", display: false) else {
                Issue.record("malformed MathML was accepted: \(broken)")
                continue
            }
        }
    }
}

/// The two judges of math agree where they can: every command the PDF's
/// allow-list runs is one KaTeX knows, so math `check` accepts is never
/// refused by TeX for an unknown command.
@Suite("Math: PDF allow-list and KaTeX")
struct MathAllowListAgreementTests {
    @Test func katexKnowsEveryCommandThePDFRuns() throws {
        let converter = try MathMLConverterTests.converter()
        let names = TeXMathSanitizer.allowedCommands.sorted()
        let results = try converter.convert(names.map { name in
            let tex = name == "left" ? "\\left( x \\right)" : name == "right" ? "\\left( x \\right)" : name == "middle" ? "\\left( x \\middle| y \\right)"
                : name == "limits" || name == "nolimits" ? "\\sum\\\(name)_a^b" : "\\\(name){a}{b}"
            return MathSource(tex: tex, display: false)
        })
        for (name, result) in zip(names, results) {
            if case .failed(let message, _) = result {
                #expect(!message.contains("Undefined control sequence"), "\\\(name): \(message)")
            }
        }
    }

    @Test func refusedCommandsAreTheOnesThePDFShowsAsText() {
        #expect(TeXMathSanitizer.refusedCommands(in: "\\frac{a}{b} + \\mathscr{L} \\boxed{x} \\mathscr{M}\\\\x") == ["mathscr", "boxed"])
    }
}
