import Foundation
import Testing
@testable import DLDEExport

/// Rendered LaTeX handed to a real TeX engine: hostile math is typeset as
/// text, never run.
@Suite("Markdown LaTeX through pdflatex")
struct MarkdownLaTeXCompileTests {
    @Test func hostileMathCompilesAndShowsThePrimitivesAsText() throws {
        let folder = TemporaryFolder()
        // A file the hostile \input would read if it reached TeX as a command.
        folder.write("secret.tex", "SECRETCONTENT\n")
        let markdown = """
        Safe: $\\mathcal{O}(n^2) + \\alpha_1$ and *emphasis* & 100% {braces}.

        Hostile: $\\input{secret} \\write18{touch pwned} \\def\\x{y} \\catcode`\\@=11 ^^5cinput{secret} \\csname input\\endcsname{secret}$

        Broken: $x_$ and ${a$ and $\\left( b$ and $\\end{document}$.
        """
        let body = MarkdownRenderer.render(markdown).latex
        let document = Self.document(body)
        folder.write("doc.tex", document)
        let latex = Run.program("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "doc.tex"], in: folder.path)
        #expect(latex.status == 0, "pdflatex failed:\n\(latex.stdout.suffix(3000))")
        let text = Run.program("pdftotext", ["doc.pdf", "-"], in: folder.path)
        #expect(text.status == 0)
        #expect(!text.stdout.contains("SECRETCONTENT"), "\\input was run")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("pwned").path))
        #expect(text.stdout.contains("input"))
        #expect(text.stdout.contains("emphasis"))
    }
}

extension MarkdownLaTeXCompileTests {
    /// A document with what rendered Markdown needs: the math packages,
    /// hyperref, and the booklet's block for Markdown constructs
    /// (templates/partials/markdown.tex), `body` in its `dldetext`.
    static func document(_ body: String) -> String {
        let packages = (TeXMathSanitizer.requiredPackages + ["hyperref"]).map { "\\usepackage{\($0)}" }.joined(separator: "\n")
        let block = try! String(contentsOf: TestPaths.root.appendingPathComponent("templates/partials/markdown.tex.mustache"), encoding: .utf8)
            .components(separatedBy: "\n").filter { !$0.hasPrefix("{{%") }.joined(separator: "\n")
        return """
        \\documentclass{article}
        \\usepackage[T1]{fontenc}
        \\usepackage[utf8]{inputenc}
        \\usepackage{textcomp}
        \(packages)
        \(block)
        \\begin{document}
        \\begin{dldetext}
        \(body)
        \\end{dldetext}
        \\end{document}

        """
    }

    @Test func codeBlockCannotCloseVerbatimAndRunTeX() throws {
        let folder = TemporaryFolder()
        folder.write("secret.tex", "SECRETCONTENT\n")
        let body = MarkdownRenderer.render("Code:\n\n```\n\\end{verbatim}\n\\input{secret}\n\\begin{verbatim}\n```\n").latex
        #expect(!body.contains("\n\\end{verbatim}\n\\input"))
        folder.write("doc.tex", Self.document(body))
        let latex = Run.program("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "doc.tex"], in: folder.path)
        #expect(latex.status == 0, "pdflatex failed:\n\(latex.stdout.suffix(2000))")
        let text = Run.program("pdftotext", ["doc.pdf", "-"], in: folder.path).stdout
        #expect(!text.contains("SECRETCONTENT"), "the code block's \\input ran")
        #expect(text.contains("input{secret}"))
    }
}
