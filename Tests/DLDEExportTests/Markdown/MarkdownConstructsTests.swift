import Foundation
import Testing
@testable import DLDEExport

/// How each GitHub extension and each construct the booklet could not
/// take reaches the three renderings (the consumers see them in
/// `OwnCorpusTests` and `SpecificationExamplesTests`).
@Suite("Markdown constructs in every rendering")
struct MarkdownConstructsTests {
    @Test func thematicBreakIsTheBookletsRule() {
        let latex = MarkdownRenderer.render("a\n\n---\n\nb").latex
        #expect(latex.contains("\\dldebreak"))
        #expect(!latex.contains("\\linethickness"))
    }

    @Test func pipeInATableCellIsABarNotARowEnd() {
        let latex = MarkdownRenderer.render("| a |\n|---|\n| `x\\|y` and u\\|v |\n").latex
        #expect(!latex.contains("\\\\textbar"), "\(latex)")
        #expect(latex.contains("x\\textbar{}y"), "\(latex)")
        #expect(latex.contains("u\\textbar{}v"), "\(latex)")
    }

    @Test func tableAlignmentIsAStyle() {
        let html = MarkdownRenderer.render("| a | b |\n|:-|-:|\n| 1 | 2 |\n").html
        #expect(html.contains("<th style=\"text-align: left\">a</th>"), "\(html)")
        #expect(!html.contains(" align="))
    }

    @Test func noLinkInsideALink() {
        let html = MarkdownRenderer.render("[see www.example.org here](https://example.org/x)").html
        #expect(html.components(separatedBy: "<a ").count == 2, "\(html)")
        #expect(html.contains("see www.example.org here</a>"))
    }

    @Test func linkToAnImpossibleHostIsText() {
        let html = MarkdownRenderer.render("<http://../> and [x](https://a..b/)").html
        #expect(!html.contains("<a "), "\(html)")
    }

    /// HTML given with an image (not from the renderer, which links
    /// images itself) is still shown as a link in the booklet and the
    /// site, also after the HTML is changed (the math pass replaces it).
    @Test func anImageInGivenHTMLBecomesALinkForHTMLTargets() {
        var text = RenderedText(html: "<p><img src=\"https://example.org/f.png\" alt=\"f\" /></p>", latex: "", plain: "")
        #expect(ProgramTarget.html.rendered(text) == "<p><a class=\"image\" href=\"https://example.org/f.png\">[image: f]</a></p>")
        text.html = "<p>none</p>"
        #expect(ProgramTarget.html.rendered(text) == "<p>none</p>")
        text.html = "<p>and <img src=\"g.png\" alt=\"g\"></p>"
        #expect(ProgramTarget.html.rendered(text) == "<p>and <a class=\"image\" href=\"g.png\">[image: g]</a></p>")
    }

    @Test func imagesAreTheirAltTextLinkedToTheImage() {
        let rendered = MarkdownRenderer.render("![a *b*](https://example.org/f.png) [![c](https://example.org/i.png)](https://example.org/t)")
        #expect(!rendered.html.contains("<img"))
        #expect(rendered.html.contains("<a href=\"https://example.org/f.png\">a <em>b</em></a>"), "\(rendered.html)")
        #expect(rendered.html.contains("<a href=\"https://example.org/t\">c</a>"), "\(rendered.html)")
        #expect(!rendered.latex.contains("includegraphics"))
        #expect(rendered.latex.contains("\\href{https://example.org/f.png}{a \\emph{b}}"), "\(rendered.latex)")
        let mail = MarkdownRenderer.plainTextWithLinks("![a diagram](https://example.org/f.png)", width: 72)
        #expect(mail.contains("a diagram <https://example.org/f.png>"), "\(mail)")
    }

    @Test func footnotesStayWithTheirField() {
        let rendered = MarkdownRenderer.render("Claim[^x] and again[^x], other[^y].\n\n[^x]: First.\n[^y]: Second.\n[^z]: Unused.\n")
        #expect(rendered.html.contains("Claim<sup>1</sup> and again<sup>1</sup>, other<sup>2</sup>."), "\(rendered.html)")
        #expect(rendered.html.contains("<ol>\n<li>First.</li>\n<li>Second.</li>\n</ol>"), "\(rendered.html)")
        #expect(!rendered.html.contains("id="), "ids would clash between two fields on one page")
        #expect(!rendered.html.contains("Unused"))
        #expect(rendered.latex.contains("Claim\\textsuperscript{1}"), "\(rendered.latex)")
        #expect(rendered.latex.contains("\\item First."), "\(rendered.latex)")
        #expect(rendered.plain.contains("Claim[^1]"), "\(rendered.plain)")
        #expect(rendered.plain.contains("[^1]: First."), "\(rendered.plain)")
    }

    @Test func taskListsShowTheirBoxes() {
        let rendered = MarkdownRenderer.render("- [ ] open\n- [x] done\n")
        #expect(rendered.html.contains("<input type=\"checkbox\" disabled=\"\" /> open"), "\(rendered.html)")
        #expect(rendered.html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"))
        #expect(rendered.latex.contains("$\\square$\\ open"), "\(rendered.latex)")
        #expect(rendered.latex.contains("$\\boxtimes$\\ done"))
        #expect(rendered.plain.contains("[ ] open") && rendered.plain.contains("[x] done"), "\(rendered.plain)")
    }

    @Test func headingsSitBelowThePagesHeadings() {
        let rendered = MarkdownRenderer.render("# One\n\n### Three\n\n###### Six\n")
        #expect(rendered.html.contains("<h4>One</h4>") && rendered.html.contains("<h6>Three</h6>") && rendered.html.contains("<h6>Six</h6>"), "\(rendered.html)")
        // The booklet's dldetext makes \section a run-in heading.
        #expect(rendered.latex.components(separatedBy: "\\section{").count == 4, "\(rendered.latex)")
    }

    @Test func deepListsStayWithinLaTeXsNesting() {
        let markdown = (0..<10).map { String(repeating: "  ", count: $0) + "- level \($0 + 1)" }.joined(separator: "\n")
        let latex = MarkdownRenderer.render(markdown).latex
        #expect(latex.components(separatedBy: "\\begin{itemize}").count - 1 == 4, "\(latex)")
        #expect(latex.contains("\\textbullet\\ level 10"))
    }

    @Test func longWordsBreakButNotInsideMath() {
        let word = String(repeating: "abcdefghij", count: 6)
        let latex = MarkdownRenderer.render("\(word)$x_1$\(word)").latex
        #expect(latex.contains("\\dldewordbreak{}"))
        #expect(latex.contains("$x_1$"), "\(latex)")
        #expect(!MarkdownRenderer.render("short words only").latex.contains("dldewordbreak"))
    }

    @Test func codeBlocksAreLinesThatWrap() {
        let latex = MarkdownRenderer.render("```\nif x:\n\treturn {y}\n```\n").latex
        #expect(latex.contains("\\begin{dldecode}"))
        #expect(latex.contains("\\dldecodeline{if\\ x:}"), "\(latex)")
        #expect(latex.contains("\\dldecodeline{\\ \\ \\ \\ return\\ \\{y\\}}"), "\(latex)")
        #expect(!latex.contains("verbatim"))
    }
}

extension MarkdownConstructsTests {
    /// Mail bodies lay out what cmark-gfm's plain text flattens.
    @Test func mailTextLaysOutQuotesCodeAndTables() {
        let markdown = """
        # News

        > quoted *text*
        >
        > > nested

        ```
        code
          indented
        ```

        | Name | Time |
        |:-----|-----:|
        | Opening | 9:00 |
        | Keynote | 10:00 |

        ---
        """
        let text = MarkdownRenderer.plainTextWithLinks(markdown, width: 72)
        #expect(text.contains("News\n===="), "\(text)")
        #expect(text.contains("> quoted text\n>\n> > nested"), "\(text)")
        #expect(text.contains("\n    code\n      indented\n"), "\(text)")
        #expect(text.contains("Name      Time\n-------  -----\nOpening   9:00\nKeynote  10:00"), "\(text)")
        #expect(text.contains("* * *"))
        // Too wide for the line: one `heading: value` line a cell.
        let wide = MarkdownRenderer.plainTextWithLinks("| A | B |\n|---|---|\n| \(String(repeating: "x", count: 60)) | \(String(repeating: "y", count: 30)) |\n", width: 72)
        #expect(wide.contains("A: \(String(repeating: "x", count: 60))\nB: \(String(repeating: "y", count: 30))"), "\(wide)")
    }
}

extension MarkdownConstructsTests {
    /// A table cell takes only some inline types: a footnote there is its
    /// number as text, and the note still follows the field.
    @Test func footnoteInATableCellKeepsItsNumber() {
        let rendered = MarkdownRenderer.render("| a |\n|---|\n| cell[^n] |\n\n[^n]: The note.\n")
        #expect(rendered.html.contains("<td>cell[1]</td>"), "\(rendered.html)")
        #expect(rendered.html.contains("<li>The note.</li>"))
        #expect(rendered.latex.contains("cell{[}1{]}"), "\(rendered.latex)")
    }
}
