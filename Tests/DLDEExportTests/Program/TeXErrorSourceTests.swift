import Foundation
import Testing
@testable import DLDEExport

/// pdfLaTeX's first error as a message about the input: math is blamed
/// only when TeX stopped inside math; elsewhere the Markdown line is quoted.
@Suite("TeX errors name the field and the construct")
struct TeXErrorSourceTests {
    private func workshop() throws -> Workshop {
        let folder = TemporaryFolder()
        folder.write("w/workshop.yaml", MinimalWorkshop.workshop)
        folder.write("w/papers.yaml", MinimalWorkshop.papers)
        return try WorkshopLoader.load(directory: folder.path + "/w").workshop
    }

    private func message(log: String, latex: String) throws -> String {
        let error = try #require(TeXError(log: log, folder: "/tmp/run"))
        let explained = try #require(TeXErrorSource.explain(error, latex: latex, workshop: try workshop()))
        guard case .invalidInput(let diagnostics) = explained else { Issue.record("\(explained)"); return "" }
        return diagnostics.map(\.description).joined(separator: "\n")
    }

    @Test func errorInsideMathBlamesTheMath() throws {
        let latex = "\\begin{document}\nGrace works on $\\mathcal{O}(n)$ solvers.\n\\end{document}\n"
        let log = "! Double subscript.\nl.2 Grace works on $\\mathcal{O}(n\n                                )$ solvers.\n"
        let text = try message(log: log, latex: latex)
        #expect(text.contains("the bio of 'Grace Speaker'") && text.contains("correct the TeX math there"), "\(text)")
        #expect(text.contains("[speakers[0].bio]"))
    }

    @Test func errorOutsideMathQuotesTheMarkdown() throws {
        let latex = "\\begin{document}\nWe study \\emph{things}.\n\\end{document}\n"
        let log = "! Undefined control sequence.\nl.2 We study \\emph\n                  {things}.\n"
        let text = try message(log: log, latex: latex)
        #expect(!text.contains("math"), "\(text)")
        #expect(text.contains("the abstract of paper 'p1'") && text.contains("the Markdown there is 'We study *things*.'"), "\(text)")
        #expect(text.contains("[papers[id=p1].abstract]"))
    }

    @Test func mathIsFoundByItsDelimiters() {
        #expect(TeXErrorSource.stopsInMath("a $x_1", before: "a $x_"))
        #expect(!TeXErrorSource.stopsInMath("a $x$ and \\$ b", before: "...x$ and \\$ b"))
        #expect(TeXErrorSource.stopsInMath("text \\(a^b", before: "text \\(a^"))
        #expect(!TeXErrorSource.stopsInMath("\\[a\\] then \\rule", before: "\\[a\\] then \\rule"))
        #expect(!TeXErrorSource.stopsInMath("\\textbackslash{}(", before: "\\textbackslash{}("))
    }
}
