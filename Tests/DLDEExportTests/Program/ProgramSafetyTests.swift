import Foundation
import Testing
@testable import DLDEExport

/// The booklet's engine (XeLaTeX through latexmk, as `program --pdf` runs
/// it) never runs what the model's text holds: hostile math and text with
/// TeX primitives are typeset as text, no file is read or written.
@Suite("Program: XeLaTeX runs no input")
struct ProgramSafetyTests {
    @Test func hostileTextAndMathAreTypesetAsText() throws {
        let folder = TemporaryFolder()
        // A file the hostile \input would read if it reached TeX as a command.
        folder.write("secret.tex", "SECRETCONTENT\n")
        let markdown = """
        Hostile: $\\input{secret} \\write18{touch pwned} \\immediate\\write18{touch pwned} \\openin1=secret \\def\\x{y} \\catcode`\\@=11 ^^5cinput{secret} \\csname input\\endcsname{secret}$

        Plain text: \\input{secret} \\XeTeXinputencoding "bytes" \\special{pdf:code q} ^^5cinput{secret} in שלום and 王小明.
        """
        let body = LaTeXCharacters.typeset(MarkdownRenderer.render(markdown).latex)
            + "\n\n" + LaTeXCharacters.typeset(CMarkText.latex("\\input{secret} \\write18{touch pwned} ∩ דוד"))
        let result = try BookletLaTeX.compile(body: body, in: folder)
        #expect(result.status == 0, "xelatex failed:\n\(result.stdout.suffix(3000))")
        let text = Run.program("pdftotext", ["doc.pdf", "-"], in: folder.path).stdout
        #expect(!text.contains("SECRETCONTENT"), "\\input was run")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("pwned").path))
        #expect(text.contains("input"))
        #expect(text.contains("王小明"))
    }
}
