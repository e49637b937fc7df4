/// The entry `--paper-entries` adds for an accepted paper.
enum PaperEntry {
    static func entry(_ view: PaperView, date: FeedDate, identity: FeedIdentity) -> FeedEntry {
        let paper = view.paper
        return FeedEntry(
            id: identity.paperID(paper.id),
            title: paper.title.rendered.plain,
            date: date,
            categoryTerm: "accepted-paper",
            categoryLabel: "Accepted paper",
            summary: paper.abstract.flatMap { FeedDocument.firstParagraph($0.rendered.plain) },
            contentHTML: AbsoluteLinks.resolve(PaperHTML.entry(view), against: identity.siteURL),
            link: identity.siteURL,
            relatedLinks: PaperHTML.links(view),
            authors: paper.authors.map { FeedPerson(name: $0.name.display, email: $0.email, uri: $0.url) }
        )
    }
}
