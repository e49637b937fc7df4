import Yams

/// Turns paper drafts into papers.yaml text with Yams' emitter, so quoting
/// is libyaml's: keys in papers.yaml's order, no comments, multi-line
/// abstracts as literal blocks where YAML allows them.
enum PaperDraftYAML {
    static func yaml(_ drafts: [PaperDraft]) throws -> String {
        let list = Node.sequence(Node.Sequence(drafts.map(node)))
        return try Yams.serialize(node: list, width: -1, allowUnicode: true)
    }

    private static func node(_ draft: PaperDraft) -> Node {
        var pairs: [(Node, Node)] = []
        func add(_ key: String, _ value: String?) {
            if let value { pairs.append((text(key), text(value))) }
        }
        add("id", draft.id)
        add("title", draft.title)
        pairs.append((text("authors"), .sequence(Node.Sequence(draft.authors.map(node)))))
        add("abstract", draft.abstract)
        if !draft.keywords.isEmpty {
            pairs.append((text("keywords"), .sequence(Node.Sequence(draft.keywords.map(text)))))
        }
        add("presentation", draft.presentation)
        add("pdf", draft.pdf)
        add("openreview", draft.openreview)
        add("code", draft.code)
        return .mapping(Node.Mapping(pairs))
    }

    private static func node(_ author: AuthorDraft) -> Node {
        var pairs: [(Node, Node)] = []
        if let family = author.name.family {
            var parts: [(Node, Node)] = []
            if let given = author.name.given { parts.append((text("given"), text(given))) }
            parts.append((text("family"), text(family)))
            pairs.append((text("name"), .mapping(Node.Mapping(parts))))
        } else {
            pairs.append((text("name"), text(author.name.display)))
        }
        for (key, value) in [("affiliation", author.affiliation), ("email", author.email), ("url", author.url)] {
            if let value { pairs.append((text(key), text(value))) }
        }
        return .mapping(Node.Mapping(pairs))
    }

    /// A string scalar that reads back as the same string: Yams quotes it
    /// when the plain form would be a number, a boolean or null; text with
    /// line breaks asks for a literal block (libyaml falls back to quotes
    /// when the text cannot be one, e.g. with trailing spaces on a line).
    private static func text(_ string: String) -> Node {
        if string.contains("\n") { return .scalar(Node.Scalar(string, Tag(.str), .literal)) }
        return .scalar(string.represented())
    }
}
