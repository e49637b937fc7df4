/// Template objects for accepted papers.
enum MailPaperContext {
    /// `{title, authors, presentation, pdf, openreview, code}`.
    static func paper(_ paper: Paper) -> TemplateObject {
        let object = TemplateObject()
        object["id"] = paper.id
        object["title"] = paper.title.rendered.plain
        object["authors"] = authorList(paper.authors.map(\.name.display))
        object["presentation"] = label(paper.presentation)
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
            group["heading"] = heading(presentation)
            group["count"] = members.count
            group["papers"] = members.map(paper)
            return group
        }
    }

    /// `A`, `A and B`, `A, B and C`.
    static func authorList(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }

    static func label(_ presentation: Presentation) -> String {
        switch presentation {
        case .contributedTalk: return "Contributed talk"
        case .spotlight: return "Spotlight"
        case .poster: return "Poster"
        }
    }

    static func heading(_ presentation: Presentation) -> String {
        switch presentation {
        case .contributedTalk: return "Contributed talks"
        case .spotlight: return "Spotlight presentations"
        case .poster: return "Posters"
        }
    }
}
