/// Template objects for accepted papers.
enum MailPaperContext {
    /// `{title, authors, presentation, pdf, openreview, code}`.
    static func paper(_ paper: Paper) -> TemplateObject {
        let object = TemplateObject()
        object["id"] = paper.id
        object["title"] = paper.title.rendered.plain
        object["authors"] = Byline.authors(paper.authors)
        object["presentation"] = paper.presentation.label
        object["pdf"] = paper.pdf
        object["openreview"] = PaperLinks(paper).openreview
        object["code"] = paper.code
        return object
    }

    /// `{heading, count, papers}` for each presentation type that has papers.
    static func groups(_ papers: [Paper]) -> [TemplateObject] {
        Presentation.allCases.compactMap { presentation in
            let members = papers.filter { $0.presentation == presentation }
            guard !members.isEmpty else { return nil }
            let group = TemplateObject()
            group["heading"] = presentation.heading
            group["count"] = members.count
            group["papers"] = members.map(paper)
            return group
        }
    }
}
