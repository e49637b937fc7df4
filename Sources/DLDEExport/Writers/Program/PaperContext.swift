import Foundation

/// The book of abstracts' entries: every accepted paper numbered (talks,
/// then spotlights, then posters, each in the order of papers.yaml), as
/// template objects.
struct PaperContext {
    let target: ProgramTarget
    /// Papers in book order with their numbers.
    let numbered: [(number: Int, paper: Paper)]
    private var objects: [String: TemplateObject] = [:]

    init(workshop: Workshop, target: ProgramTarget, sessions: [String: [TemplateObject]]) {
        self.target = target
        let order: [Presentation] = [.contributedTalk, .spotlight, .poster]
        let sorted = order.flatMap { kind in workshop.papers.filter { $0.presentation == kind } }
        numbered = sorted.enumerated().map { ($0.offset + 1, $0.element) }
        for (number, paper) in numbered {
            objects[paper.id] = Self.object(for: paper, number: number, target: target, sessions: sessions[paper.id] ?? [])
        }
    }

    /// The object of paper `id`.
    func object(id: String) -> TemplateObject? { objects[id] }

    /// All entries in book order.
    var all: [TemplateObject] { numbered.compactMap { objects[$0.paper.id] } }

    /// RFC 3986 unreserved characters: what an id may keep in a URL query.
    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// `paper-3`: the paper's LaTeX label and the index's reference.
    static func label(_ number: Int) -> String { "paper-\(number)" }

    /// `paper-<id>`: the paper's HTML anchor (ids have no spaces).
    static func anchor(_ id: String) -> String { "paper-" + id }

    private static func object(for paper: Paper, number: Int, target: ProgramTarget, sessions: [TemplateObject]) -> TemplateObject {
        let object = TemplateObject()
        object["number"] = String(number)
        object["anchor"] = anchor(paper.id)
        object["label"] = label(number)
        object[target.renderedKey("title")] = target.rendered(paper.title.rendered)
        object[target.renderedKey("abstract")] = paper.abstract.map { target.rendered($0.rendered) }
        object["presentation"] = presentationName(paper.presentation)
        object["keywords"] = paper.keywords.isEmpty ? nil : paper.keywords.joined(separator: ", ")
        object["sessions"] = sessions
        object["has_sessions"] = !sessions.isEmpty

        // Affiliations numbered in order of first appearance.
        var affiliations: [String] = []
        for author in paper.authors {
            if let affiliation = author.affiliation, !affiliations.contains(affiliation) { affiliations.append(affiliation) }
        }
        let marked = !affiliations.isEmpty
        object["authors"] = paper.authors.enumerated().map { index, author -> TemplateObject in
            let entry = TemplateObject()
            entry["name"] = author.name.display
            entry["mark"] = marked ? author.affiliation.flatMap { affiliations.firstIndex(of: $0) }.map { String($0 + 1) } : nil
            entry["separator"] = separator(after: index, of: paper.authors.count)
            return entry
        }
        object["authors_line"] = authorsLine(paper.authors)
        object["has_affiliations"] = marked
        object["affiliations"] = affiliations.enumerated().map { index, name -> TemplateObject in
            let entry = TemplateObject()
            entry["mark"] = String(index + 1)
            entry["name"] = name
            return entry
        }

        var links: [TemplateObject] = []
        func add(_ name: String, _ url: String?) {
            guard let url, ProgramTarget.isLinkable(url) else { return }
            let link = TemplateObject()
            link["name"] = name
            target.setLink(url, on: link)
            links.append(link)
        }
        add("PDF", paper.pdf)
        add("OpenReview", paper.openreview.map { "https://openreview.net/forum?id=" + ($0.addingPercentEncoding(withAllowedCharacters: PaperContext.unreserved) ?? $0) })
        add("Code", paper.code)
        object["links"] = links
        object["has_links"] = !links.isEmpty
        return object
    }

    /// ", " between names, " and " before the last.
    static func separator(after index: Int, of count: Int) -> String? {
        if index == count - 1 { return nil }
        if index == count - 2 { return count == 2 ? " and " : ", and " }
        return ", "
    }

    /// "A, B, and C": the byline without affiliations.
    static func authorsLine(_ authors: [Person]) -> String {
        authors.enumerated().map { $0.element.name.display + (separator(after: $0.offset, of: authors.count) ?? "") }.joined()
    }

    static func presentationName(_ presentation: Presentation) -> String {
        switch presentation {
        case .contributedTalk: return "Contributed talk"
        case .spotlight: return "Spotlight"
        case .poster: return "Poster"
        }
    }
}
