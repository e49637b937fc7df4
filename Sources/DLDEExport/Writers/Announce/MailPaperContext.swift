/// Template objects for accepted papers: `{id, title, authors,
/// presentation, pdf, openreview, code}`.
enum MailPaperContext {
    /// A paper's fields as an object a personal message adds its own to.
    static func paper(_ view: PaperView) -> TemplateObject {
        TemplateObject(copying: TemplateRecord(view, table: table()))
    }

    /// Every paper of a list, as records of one table (the accepted-papers
    /// list and the program name thousands).
    static func records(_ papers: [PaperView]) -> [TemplateRecord<PaperView>] {
        let table = table()
        return papers.map { TemplateRecord($0, table: table) }
    }

    private static func table() -> TemplateRecord<PaperView>.Table {
        TemplateRecord<PaperView>.Table(values: [
            "id": { .text($0.paper.id) },
            "title": { .text($0.paper.title.rendered.plain) },
            "authors": { .text($0.byline) },
            "presentation": { .text($0.label) },
            "pdf": { $0.links.pdf.map(TemplateValue.text) ?? .null },
            "openreview": { $0.links.openreview.map(TemplateValue.text) ?? .null },
            "code": { $0.links.code.map(TemplateValue.text) ?? .null },
        ])
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
