import Foundation

/// The book of abstracts' entries: every accepted paper numbered (talks,
/// then spotlights, then posters, each in the order of papers.yaml), as
/// template records (fields computed as the templates ask for them).
struct PaperContext {
    /// A paper as the booklet shows it.
    struct Entry {
        let view: PaperView
        var paper: Paper { view.paper }
        let number: Int
        /// The sessions presenting it.
        let sessions: [TemplateObject]
        /// Its authors' affiliations, numbered in order of first appearance
        /// (found when a field asks: kept for 10,000 papers and both
        /// targets, they held 5 MB for the few microseconds each saves).
        var affiliations: [String] { PaperContext.affiliations(of: view.paper) }
        /// Its links that become links (http(s) and mailto), by name.
        var links: [(name: String, url: String)] { PaperContext.linkTargets(view) }

        init(view: PaperView, number: Int, sessions: [TemplateObject]) {
            self.view = view
            self.number = number
            self.sessions = sessions
        }
    }

    let target: ProgramTarget
    /// Papers in book order with their numbers.
    let numbered: [(number: Int, paper: Paper)]
    private var records: [String: TemplateRecord<Entry>] = [:]
    private var order: [TemplateRecord<Entry>] = []

    init(workshop: Workshop, view: WorkshopView, target: ProgramTarget, sessions: [String: [TemplateObject]]) {
        self.target = target
        let sorted = Self.bookOrder(view.papers)
        numbered = Self.numbered(view.papers, order: sorted)
        let table = TemplateRecord<Entry>.Table(values: Self.fields(for: target))
        records.reserveCapacity(numbered.count)
        order.reserveCapacity(numbered.count)
        for (number, index) in zip(1..., sorted) {
            let paper = view.papers[index]
            let record = TemplateRecord(Entry(view: paper, number: number, sessions: sessions[paper.paper.id] ?? []), table: table)
            records[paper.paper.id] = record
            order.append(record)
        }
    }

    /// The indices of `papers` in book order: talks, then spotlights, then
    /// posters, each in the model's order.
    static func bookOrder(_ papers: [PaperView]) -> [Int] {
        let kinds: [Presentation] = [.contributedTalk, .spotlight, .poster]
        return kinds.flatMap { kind in papers.indices.filter { papers[$0].paper.presentation == kind } }
    }

    /// Papers in book order with their numbers (from 1).
    static func numbered(_ papers: [PaperView]) -> [(number: Int, paper: Paper)] {
        numbered(papers, order: bookOrder(papers))
    }

    private static func numbered(_ papers: [PaperView], order: [Int]) -> [(number: Int, paper: Paper)] {
        order.enumerated().map { ($0.offset + 1, papers[$0.element].paper) }
    }

    /// The record of paper `id`.
    func object(id: String) -> TemplateRecord<Entry>? { records[id] }

    /// All entries in book order.
    var all: [TemplateRecord<Entry>] { order }

    /// `paper-3`: the paper's LaTeX label and the index's reference.
    static func label(_ number: Int) -> String { "paper-\(number)" }

    /// `paper-<id>`: the paper's HTML anchor (ids have no spaces).
    static func anchor(_ id: String) -> String { "paper-" + id }

    /// A paper's fields (documented in docs/templates.md), as template
    /// values (a getter runs each time a template names its field).
    private static func fields(for target: ProgramTarget) -> [String: (Entry) -> TemplateValue] {
        let authorTable = Self.authorTable()
        let affiliationTable = TemplateRecord<Affiliation>.Table(values: [
            "mark": { .text($0.mark) },
            "name": { .text($0.name) },
        ])
        let linkTable = TemplateRecord<Link>.Table(values: [
            "name": { .text($0.name) },
            target.linkKey(): { TemplateValue(text: $0.target) },
        ])
        return [
            "id": { .text($0.paper.id) },
            "number": { .text(String($0.number)) },
            "anchor": { .text(anchor($0.paper.id)) },
            "label": { .text(label($0.number)) },
            target.renderedKey("title"): { .text(target.rendered($0.paper.title.rendered)) },
            target.renderedKey("abstract"): { entry in TemplateValue(text: entry.paper.abstract.map { target.rendered($0.rendered) }) },
            "presentation": { .text($0.view.label) },
            "keywords": { TemplateValue(text: $0.paper.keywords.isEmpty ? nil : $0.paper.keywords.joined(separator: ", ")) },
            "sessions": { TemplateValue(objects: $0.sessions) },
            "has_sessions": { .bool(!$0.sessions.isEmpty) },
            "authors": { TemplateValue(objects: authors($0, authorTable)) },
            "authors_line": { .text($0.view.byline) },
            "has_affiliations": { .bool($0.paper.authors.contains { $0.affiliation != nil }) },
            "affiliations": { entry in
                TemplateValue(objects: entry.affiliations.enumerated().map { index, name in
                    TemplateRecord(Affiliation(mark: String(index + 1), name: name), table: affiliationTable)
                })
            },
            "links": { entry in
                TemplateValue(objects: entry.links.map { name, url in
                    TemplateRecord(Link(name: name, target: target.link(url)), table: linkTable)
                })
            },
            "has_links": { .bool($0.view.links.labelled.contains { ProgramTarget.isLinkable($0.url) }) },
        ]
    }

    /// Affiliations numbered in order of first appearance.
    private static func affiliations(of paper: Paper) -> [String] {
        var affiliations: [String] = []
        for author in paper.authors {
            if let affiliation = author.affiliation, !affiliations.contains(affiliation) { affiliations.append(affiliation) }
        }
        return affiliations
    }

    /// An affiliation of a paper's authors, with its number: a record (made
    /// each time a template asks), not an object with a dictionary.
    private struct Affiliation {
        let mark: String
        let name: String
    }

    /// A link of a paper: its name and `ProgramTarget.link(_:)` of its URL,
    /// under the target's `linkKey()`.
    private struct Link {
        let name: String
        let target: String?
    }

    /// One author of a paper as the booklet shows it.
    private struct Author {
        let name: String
        /// The number of the author's affiliation, when the paper lists any.
        let mark: String?
        let separator: String?
    }

    /// An author's fields: a record each, not an object with a dictionary
    /// (made for every paper each time a template asks for its authors).
    private static func authorTable() -> TemplateRecord<Author>.Table {
        TemplateRecord<Author>.Table(values: [
            "name": { .text($0.name) },
            "mark": { TemplateValue(text: $0.mark) },
            "separator": { TemplateValue(text: $0.separator) },
        ])
    }

    private static func authors(_ entry: Entry, _ table: TemplateRecord<Author>.Table) -> [TemplateRecord<Author>] {
        let paper = entry.paper
        let affiliations = entry.affiliations
        let marked = !affiliations.isEmpty
        return paper.authors.enumerated().map { index, author in
            let mark = marked ? author.affiliation.flatMap { affiliations.firstIndex(of: $0) }.map { String($0 + 1) } : nil
            return TemplateRecord(Author(name: author.name.display, mark: mark, separator: Byline.separator(after: index, of: paper.authors.count)),
                                  table: table)
        }
    }

    /// The paper's links that become links (http(s) and mailto), by name.
    private static func linkTargets(_ paper: PaperView) -> [(name: String, url: String)] {
        paper.links.labelled.filter { ProgramTarget.isLinkable($0.url) }.map { (name: $0.label, url: $0.url) }
    }
}
