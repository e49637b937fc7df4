/// Template objects for accepted papers.
enum MailPaperContext {
    /// `{id, title, authors, presentation, pdf, openreview, code}`, as an
    /// object a personal message adds its fields to.
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

    /// The same fields as `paper` for every paper of a list, as records of
    /// one table (the accepted-papers list and the program name thousands).
    static func records(_ papers: [PaperView]) -> [TemplateRecord<PaperView>] {
        let table = TemplateRecord<PaperView>.Table(values: [
            "id": { .text($0.paper.id) },
            "title": { .text($0.paper.title.rendered.plain) },
            "authors": { .text($0.byline) },
            "presentation": { .text($0.label) },
            "pdf": { $0.links.pdf.map(TemplateValue.text) ?? .null },
            "openreview": { $0.links.openreview.map(TemplateValue.text) ?? .null },
            "code": { $0.links.code.map(TemplateValue.text) ?? .null },
        ])
        return papers.map { TemplateRecord($0, table: table) }
    }

    /// `{heading, count, papers}` for each presentation type that has papers.
    static func groups(_ papers: [PaperView]) -> [TemplateObject] {
        Presentation.allCases.compactMap { presentation in
            let members = papers.filter { $0.paper.presentation == presentation }
            guard !members.isEmpty else { return nil }
            let group = TemplateObject()
            group["heading"] = presentation.heading
            group["count"] = members.count
            group.setList("papers", records(members))
            return group
        }
    }
}
