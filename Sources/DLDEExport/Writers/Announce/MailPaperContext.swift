/// Template objects for accepted papers.
enum MailPaperContext {
    /// `{title, authors, presentation, pdf, openreview, code}`.
    static func paper(_ view: PaperView) -> TemplateObject {
        let object = TemplateObject()
        object["id"] = view.paper.id
        object["title"] = view.paper.title.rendered.plain
        object["authors"] = view.byline
        object["presentation"] = view.label
        object["pdf"] = view.links.pdf
        object["openreview"] = view.links.openreview
        object["code"] = view.links.code
        return object
    }

    /// `{heading, count, papers}` for each presentation type that has papers.
    static func groups(_ papers: [PaperView]) -> [TemplateObject] {
        Presentation.allCases.compactMap { presentation in
            let members = papers.filter { $0.paper.presentation == presentation }
            guard !members.isEmpty else { return nil }
            let group = TemplateObject()
            group["heading"] = presentation.heading
            group["count"] = members.count
            group["papers"] = members.map(paper)
            return group
        }
    }
}
