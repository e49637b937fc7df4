import Foundation
@testable import DLDEExport

/// The real consumers of a `.bib` file: BibTeX with pdfLaTeX, pdftotext,
/// and pybtex (through tests/bibtex_readback.py).
enum BibTeXConsumers {
    static let hostileWorkshop = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/bibtex-hostile")

    /// Loads a workshop folder through the real loader and checker.
    static func load(_ folder: URL) throws -> Workshop {
        try WorkshopLoader.load(directory: folder.path).workshop
    }

    /// What BibTeX and pdfLaTeX made of a `.bib` file.
    struct TypesetResult {
        var bibtexStatus: Int32
        /// BibTeX's log (`.blg`): its warnings and errors.
        var bibtexLog: String
        var latexStatus: Int32
        var latexLog: String
        /// The PDF's text, one line per line of the page.
        var pdfText: String
        /// The `.bbl` BibTeX wrote.
        var bbl: String
    }

    /// Runs pdflatex, bibtex, pdflatex, pdflatex on a document that
    /// `\nocite{*}`s `bib` with the `plain` style, in a fresh folder.
    static func typeset(_ bib: String) -> TypesetResult {
        let folder = TemporaryFolder()
        folder.write("refs.bib", bib)
        // T1 with Times (psnfss, in texlive-fonts-recommended): Type 1 fonts
        // whose glyph names pdftotext maps back to Unicode; amsmath/amssymb
        // and hyperref as docs/ARCHITECTURE.md asks of documents that hold
        // sanitised math. No hyphenation, so the PDF's words come out whole.
        folder.write("doc.tex", """
            \\documentclass{article}
            \\usepackage[T1]{fontenc}
            \\usepackage{mathptmx}
            \\usepackage{\(TeXMathSanitizer.requiredPackages.joined(separator: ","))}
            \\usepackage{hyperref}
            \\hyphenpenalty=10000 \\exhyphenpenalty=10000
            \\begin{document}
            \\raggedright
            \\nocite{*}
            \\bibliographystyle{plain}
            \\bibliography{refs}
            \\end{document}

            """)
        return run(in: folder, engine: "pdflatex", bibliography: "bibtex", passesAfter: 2)
    }

    /// Runs xelatex, biber, xelatex on a biblatex document that
    /// `\nocite{*}`s `bib`, in a fresh folder. XeLaTeX (with the booklet's
    /// Noto Serif), as biber writes its `.bbl` in UTF-8 and decodes accent
    /// commands into it (`{\~{\^e}}` becomes `{\~ê}`), which pdfLaTeX
    /// cannot take whatever the `.bib` holds.
    static func typesetWithBiber(_ bib: String) -> TypesetResult {
        let folder = TemporaryFolder()
        folder.write("refs.bib", bib)
        folder.write("doc.tex", """
            \\documentclass{article}
            \\usepackage{fontspec}
            \\setmainfont{Noto Serif}
            \\usepackage{\(TeXMathSanitizer.requiredPackages.joined(separator: ","))}
            \\usepackage[backend=biber,style=numeric,maxbibnames=999]{biblatex}
            \\addbibresource{refs.bib}
            \\usepackage{hyperref}
            \\hyphenpenalty=10000 \\exhyphenpenalty=10000
            \\begin{document}
            \\raggedright
            \\nocite{*}
            \\printbibliography
            \\end{document}

            """)
        return run(in: folder, engine: "xelatex", bibliography: "biber", passesAfter: 1)
    }

    /// `engine`, then `bibliography` (bibtex or biber), then `passesAfter`
    /// more runs of `engine` on `doc.tex` in `folder`; the PDF's text.
    private static func run(in folder: TemporaryFolder, engine: String, bibliography: String, passesAfter: Int) -> TypesetResult {
        let latexArguments = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "doc.tex"]
        var latex = Run.program(engine, latexArguments, in: folder.path)
        let tool = Run.program(bibliography, ["doc"], in: folder.path)
        if tool.status == 0 {
            for _ in 0..<passesAfter where latex.status == 0 { latex = Run.program(engine, latexArguments, in: folder.path) }
        }
        let text = Run.program("pdftotext", ["-raw", "doc.pdf", "-"], in: folder.path)
        return TypesetResult(
            bibtexStatus: tool.status,
            bibtexLog: folder.read("doc.blg") ?? tool.stdout,
            latexStatus: latex.status,
            latexLog: folder.read("doc.log") ?? latex.stdout,
            pdfText: text.stdout,
            bbl: folder.read("doc.bbl") ?? ""
        )
    }

    /// Lines of BibTeX's log that report a problem (`Warning--`, errors,
    /// "I was expecting", "You're missing").
    static func bibtexProblems(_ log: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter {
            $0.contains("Warning--") || $0.contains("error") || $0.contains("I was expecting")
                || $0.contains("You're missing") || $0.contains("I'm skipping")
        }
    }

    /// pdfLaTeX's error messages (lines from "!" on) with their context.
    static func latexErrors(_ log: String) -> String {
        let lines = log.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [Substring] = []
        for (index, line) in lines.enumerated() where line.hasPrefix("!") {
            out += lines[index..<min(index + 6, lines.count)]
        }
        return out.joined(separator: "\n")
    }

    /// The PDF text with line breaks and hyphenation undone, and white
    /// space collapsed, so phrases can be searched.
    static func flatten(_ pdfText: String) -> String {
        let joined = pdfText.replacingOccurrences(of: "-\n", with: "-").replacingOccurrences(of: "\n", with: " ")
        return joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// One entry as pybtex read it.
    struct ReadEntry: Decodable {
        struct Name: Decodable, Equatable {
            var given: String
            var family: String
            var suffix: String
            var prelast: String
            var last: String
        }
        var key: String
        var type: String
        var fields: [String: FieldValue]
        var raw: [String: String]
        var persons: [String: [Name]]

        func text(_ name: String) -> String? {
            if case .text(let text)? = fields[name] { return text }
            return nil
        }

        func list(_ name: String) -> [String]? {
            if case .list(let list)? = fields[name] { return list }
            return nil
        }
    }

    enum FieldValue: Decodable {
        case text(String)
        case list([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) {
                self = .list(list)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    /// pybtex's reading of `bib` (strict mode), or bibtexparser v2's with
    /// `bibtexparser`, or the script's error.
    static func readBack(_ bib: String, bibtexparser: Bool = false) -> Result<[ReadEntry], ReadBackFailure> {
        let folder = TemporaryFolder()
        let path = folder.write("refs.bib", bib)
        let script = TestPaths.root.appendingPathComponent("tests/bibtex_readback.py").path
        let run = Run.program(TestPaths.python.path, [script] + (bibtexparser ? ["--bibtexparser"] : []) + [path])
        guard run.status == 0 else { return .failure(ReadBackFailure(message: run.stderr)) }
        do {
            return .success(try JSONDecoder().decode([ReadEntry].self, from: run.stdoutData))
        } catch {
            return .failure(ReadBackFailure(message: "\(error)"))
        }
    }

    struct ReadBackFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Folds what TeX's input ligatures and ties stand for, so the model's
    /// text and the text read back compare equal: “ ” ‘ ’ – — … and the
    /// no-break space become `` '' ` ' -- --- ... and a space (TeX's
    /// ". . ." too); each math span
    /// becomes MATH[...] (its TeX is checked separately).
    static func comparable(_ text: String, math: Bool = true) -> String {
        var out = ""
        for segment in math ? MathScanner.segments(text) : [.text(text)] {
            switch segment {
            case .math: out += "MATH[]"
            case .text(let prose): out += prose
            }
        }
        out = comparableLigatures(out)
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ").precomposedStringWithCanonicalMapping
    }

    /// Text read back (math between U+E000 and U+E001): ligatures
    /// folded, each math span replaced by MATH[].
    static func comparableReadBack(_ text: String) -> String {
        var out = ""
        var inMath = false
        for character in text {
            if character == "\u{E000}" { inMath = true; out += "MATH[]"; continue }
            if character == "\u{E001}" { inMath = false; continue }
            if !inMath { out.append(character) }
        }
        out = comparableLigatures(out)
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ").precomposedStringWithCanonicalMapping
    }

    /// The TeX of each math span in text read back.
    static func mathSpans(_ text: String) -> [String] {
        text.split(separator: "\u{E000}", omittingEmptySubsequences: false).dropFirst().map {
            String($0.prefix { $0 != "\u{E001}" })
        }
    }

    private static func comparableLigatures(_ text: String) -> String {
        var out = text
        for (from, to) in [("\u{201C}", "``"), ("\u{201D}", "''"), ("\u{2018}", "`"), ("\u{2019}", "'"),
                           ("\u{2014}", "---"), ("\u{2013}", "--"), ("\u{00A0}", " "), ("\u{2010}", "-"),
                           ("\u{2011}", "-"), ("\u{2026}", "..."), (". . .", "...")] {
            out = out.replacingOccurrences(of: from, with: to)
        }
        return out
    }
}
