/// A paper's links as every writer shows them, made in one place: the PDF,
/// the OpenReview forum (its id percent-encoded as a query value) and the
/// code, in that order, each with its label.
struct PaperLinks: Sendable {
    var pdf: String?
    var openreview: String?
    var code: String?

    init(_ paper: Paper) {
        pdf = paper.pdf
        openreview = paper.openreview.map(Self.forum)
        code = paper.code
    }

    /// `https://openreview.net/forum?id=<id, encoded>`.
    static func forum(_ id: String) -> String {
        "https://openreview.net/forum?id=" + PercentEncoding.component(id)
    }

    /// `("PDF", …), ("OpenReview", …), ("Code", …)`, those the paper has.
    var labelled: [(label: String, url: String)] {
        [("PDF", pdf), ("OpenReview", openreview), ("Code", code)].compactMap { label, url in url.map { (label, $0) } }
    }
}
