import Testing
@testable import DLDEExport

@Suite("Markdown through cmark-gfm")
struct MarkdownTests {
    @Test func tablesRenderInEveryTarget() {
        let rendered = MarkdownRenderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(rendered.html.contains("<table>"))
        #expect(rendered.html.contains("<td>1</td>"))
        #expect(rendered.latex.contains("\\begin{table}"))
        #expect(rendered.plain.contains("1"))
    }

    @Test func autolinksBecomeLinks() {
        let rendered = MarkdownRenderer.render("See https://dl-de.github.io/ and www.example.org.")
        #expect(rendered.html.contains("<a href=\"https://dl-de.github.io/\">https://dl-de.github.io/</a>"))
        #expect(rendered.html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(rendered.latex.contains("\\url{https://dl-de.github.io/}") || rendered.latex.contains("\\href{https://dl-de.github.io/}"))
    }

    @Test func rawHTMLIsDroppedEverywhere() {
        let source = "Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<div>block</div>\n"
        let rendered = MarkdownRenderer.render(source)
        for output in [rendered.html, rendered.latex, rendered.plain] {
            #expect(!output.contains("<script"))
            #expect(!output.contains("onclick"))
            #expect(!output.contains("<div"))
        }
        #expect(rendered.html.contains("bold"))
    }

    @Test func javascriptLinksAreNotLive() {
        let rendered = MarkdownRenderer.render("[click](javascript:alert(1))")
        #expect(!rendered.html.contains("javascript:"))
    }

    @Test func inlineMathSurvivesEveryTarget() {
        let rendered = MarkdownRenderer.render("Cost is $\\mathcal{O}(n_1 * n_2)$ and *fast*.")
        #expect(rendered.html.contains("<span class=\"math inline\">\\(\\mathcal{O}(n_1 * n_2)\\)</span>"))
        #expect(rendered.html.contains("<em>fast</em>"))
        #expect(rendered.latex.contains("$\\mathcal{O}(n_1 * n_2)$"))
        #expect(rendered.latex.contains("\\emph{fast}"))
        #expect(rendered.plain.contains("$\\mathcal{O}(n_1 * n_2)$"))
    }

    @Test func parenthesisAndDisplayMath() {
        let rendered = MarkdownRenderer.render("Let \\(x_i\\) be given, and \\[\\sum_i x_i = 1\\] or $$a^2$$.")
        #expect(rendered.html.contains("<span class=\"math inline\">\\(x_i\\)</span>"))
        #expect(rendered.html.contains("<span class=\"math display\">\\[\\sum_i x_i = 1\\]</span>"))
        #expect(rendered.latex.contains("$x_i$"))
        #expect(rendered.latex.contains("\\[\\sum_i x_i = 1\\]"))
        #expect(rendered.latex.contains("\\[a^2\\]"))
        #expect(rendered.plain.contains("\\(x_i\\)"))
        #expect(rendered.plain.contains("$$a^2$$"))
    }

    @Test func mathInHTMLIsEscaped() {
        let rendered = MarkdownRenderer.render("$a<b \\& c>d$ and $</span><script>x</script>$")
        #expect(rendered.html.contains("a&lt;b \\&amp; c&gt;d"))
        #expect(!rendered.html.contains("<script>"))
    }

    @Test func dollarsThatAreNotMath() {
        let rendered = MarkdownRenderer.render("It costs $5 and $10, or \\$3.")
        #expect(!rendered.html.contains("math"))
        #expect(rendered.latex.contains("\\$5"))
        #expect(rendered.plain.contains("$5 and $10"))
    }

    @Test func mathInCodeStaysAsWritten() {
        let rendered = MarkdownRenderer.render("Use `$x$` literally.\n\n```\nprice = $a$\n```\n")
        #expect(rendered.html.contains("<code>$x$</code>"))
        #expect(rendered.html.contains("price = $a$"))
        #expect(!rendered.html.contains("math inline"))
    }

    @Test func placeholderWordInSourceIsLeftAlone() {
        let rendered = MarkdownRenderer.render("The word dldemath0z and $y$.")
        #expect(rendered.plain.contains("dldemath0z"))
        #expect(rendered.plain.contains("$y$"))
    }

    @Test func hostileMathNeverReachesTeXAsACommand() {
        let rendered = MarkdownRenderer.render("$\\input{/etc/passwd} \\write18{rm -rf} \\def\\x{y} \\catcode`\\^=11 \\csname foo\\endcsname ^^5cinput$")
        for primitive in ["input", "write", "def", "catcode", "csname", "endcsname"] {
            #expect(!rendered.latex.contains("\\\(primitive)"), "\\\(primitive) survived: \(rendered.latex)")
        }
        #expect(!rendered.latex.contains("^^5c"))
        #expect(rendered.latex.contains("\\backslash\\mathrm{input}"))
    }

    @Test func plainTextWrapsForEmail() {
        let source = String(repeating: "word ", count: 40) + "[link](https://example.org/)"
        let text = MarkdownRenderer.plainText(source, width: 72)
        for line in text.split(separator: "\n") { #expect(line.count <= 72) }
    }

    @Test func inlineFieldsEscapeForEveryTarget() {
        // {solvers} is brace markup (BibTeX's protection, not shown); \{x\} a literal brace.
        let title = InlineText.render("Fast & 100% _safe_ {solvers} in $\\mathcal{O}(n)$ </script> \\{x\\}")
        #expect(title.html.contains("Fast &amp; 100% _safe_ solvers"))
        #expect(title.html.contains("&lt;/script&gt; {x}"))
        #expect(title.latex.contains("Fast \\& 100\\% \\_safe\\_ solvers"))
        #expect(title.latex.contains("$\\mathcal{O}(n)$"))
        #expect(title.latex.contains("\\{x\\}"))
        #expect(title.plain == "Fast & 100% _safe_ solvers in $\\mathcal{O}(n)$ </script> {x}")
    }

    @Test func unbalancedBracesInATitleAreShownAsWritten() {
        #expect(InlineText.render("A {b c").plain == "A {b c")
        #expect(InlineText.render("A b} {c").plain == "A b} {c")
        #expect(InlineText.render("{A}--\\{B\\} $\\frac{1}{2}$").plain == "A--{B} $\\frac{1}{2}$")
    }

    /// pdfLaTeX's T1 fonts join `,,` into „ and `` !` `` into ¡: LaTeX text
    /// gets an empty group between them; HTML and plain text keep them.
    @Test func latexTextSeparatesLigaturePairs() {
        let rendered = MarkdownRenderer.render(#"a,,b ¡no!\`x ?\`y `c,,d` and $x,,y$"#)
        #expect(rendered.latex.contains("a,{},b"), "\(rendered.latex)")
        #expect(rendered.latex.contains("!{}`x ?{}`y"), "\(rendered.latex)")
        // Code spans are text pieces too (they break like prose): the group
        // changes nothing in the typewriter font, which has no such ligature.
        #expect(rendered.latex.contains("\\texttt{c,{},d}"), "\(rendered.latex)")
        #expect(rendered.latex.contains("$x,,y$"), "\(rendered.latex)")
        #expect(rendered.html.contains("a,,b"))
        #expect(rendered.plain.hasPrefix("a,,b ¡no!`x ?`y"))
        #expect(CMarkText.latex("$,,,") == "\\$,{},{},")
    }
}
