/// An accepted paper as HTML: one line for lists, a full entry for
/// `--paper-entries`.
enum PaperHTML {
    /// Title, authors, presentation and links on one line, appended to `out`.
    static func appendSummaryLine(_ paper: PaperView, to out: inout String) {
        out += "<strong>"
        out += paper.paper.title.rendered.html
        out += "</strong>, "
        out += html(paper.byline)
        out += " ("
        out += paper.label
        out += ")"
        for (index, link) in paper.links.labelled.enumerated() {
            out += index == 0 ? " \u{2014} <a href=\"" : ", <a href=\""
            out += html(link.url)
            out += "\">"
            out += html(link.label)
            out += "</a>"
        }
    }

    /// `papers` as a list of summary lines, appended to `out`, with
    /// `lineEnd` after `<ul>` and after each item.
    static func appendSummaryList(_ papers: [PaperView], lineEnd: String, to out: inout String) {
        out += "<ul>"
        out += lineEnd
        for paper in papers {
            out += "<li>"
            appendSummaryLine(paper, to: &out)
            out += "</li>"
            out += lineEnd
        }
        out += "</ul>"
    }

    /// A paper entry's content: authors, presentation, abstract and links.
    static func entry(_ view: PaperView) -> String {
        let paper = view.paper
        var out = "<p>\(html(view.byline)). \(view.label).</p>\n"
        if let abstract = paper.abstract?.rendered.html { out += abstract }
        if !paper.keywords.isEmpty {
            out += "<p>Keywords: \(paper.keywords.map(html).joined(separator: ", ")).</p>\n"
        }
        let links = self.links(view)
        if !links.isEmpty {
            out += "<ul>\n" + links.map { "<li><a href=\"\(html($0.href))\">\(html($0.title))</a></li>\n" }.joined() + "</ul>\n"
        }
        return out
    }

    /// The PDF, the OpenReview forum and the code, as related links.
    static func links(_ paper: PaperView) -> [FeedLink] {
        paper.links.labelled.map { FeedLink(rel: "related", href: $0.url, title: $0.label) }
    }

    private static func html(_ text: String) -> String { CMarkText.html(text) }
}
