import Testing
@testable import DLDEExport

/// Links in mail bodies: cmark-gfm's plain-text renderer prints only a
/// link's text; `plainTextWithLinks` keeps the target after it.
@Suite("Plain-text links")
struct PlainTextLinksTests {
    @Test func cmarkAloneDropsTheTarget() {
        #expect(MarkdownRenderer.plainText("See [the rules](https://example.org/rules).", width: 72) == "See the rules.\n")
    }

    @Test func linkTargetsFollowTheirText() {
        let markdown = "See [the rules](https://example.org/rules \"Rules\"), [write](mailto:a@example.org), ![logo](https://example.org/l.png)."
        #expect(MarkdownRenderer.plainTextWithLinks(markdown, width: 0)
            == "See the rules <https://example.org/rules>, write <a@example.org>, logo <https://example.org/l.png>.\n")
    }

    @Test func autolinksAreNotDoubled() {
        let markdown = "<https://example.org/a>, https://example.org/b, <a@example.org>, a@example.org and www.example.org."
        #expect(MarkdownRenderer.plainTextWithLinks(markdown, width: 0) == markdown.replacingOccurrences(of: "<https://example.org/a>", with: "https://example.org/a")
            .replacingOccurrences(of: "<a@example.org>", with: "a@example.org") + "\n")
    }

    @Test func mathInALinkIsKeptAsWritten() {
        let markdown = "[$\\mathcal{O}(n)$ solvers](https://example.org/o_n)"
        #expect(MarkdownRenderer.plainTextWithLinks(markdown, width: 0) == "$\\mathcal{O}(n)$ solvers <https://example.org/o_n>\n")
    }

    @Test func aLongTargetIsOneWordForTheWrapper() {
        let text = MarkdownRenderer.plainTextWithLinks("Read [the long page](https://example.org/" + String(repeating: "a", count: 80) + ") today.", width: 72)
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("<https://example.org/aaaa") && $0.hasSuffix(">") })
    }
}
