/// `atom.xml`: an Atom 1.0 feed (RFC 4287) of a `FeedDocument`.
public enum AtomFeedWriter {
    public static let namespace = "http://www.w3.org/2005/Atom"

    /// The feed as an XML document.
    public static func render(_ document: FeedDocument) -> String {
        XMLMarkup.document(tree(document))
    }

    /// `render(document)` handed to `write` in chunks as it is made; false
    /// when `write` fails.
    static func write(_ document: FeedDocument, to write: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
        XMLMarkup.write(tree(document), to: write)
    }

    private static func tree(_ document: FeedDocument) -> XMLMarkup.Element {
        typealias E = XMLMarkup.Element
        typealias A = XMLMarkup.Attribute
        var children: [E] = [
            E("id", text: document.identity.feedID),
            E("title", [A("type", "text")], text: document.title),
            E("subtitle", [A("type", "text")], text: document.subtitle),
            E("updated", text: document.updated.rfc3339),
            E("link", [A("rel", "alternate"), A("type", "text/html"), A("href", document.identity.siteURL)]),
            E("link", [A("rel", "self"), A("type", "application/atom+xml"), A("href", document.identity.feedURL("atom.xml"))]),
        ]
        children += document.authors.map { person("author", $0) }
        children += document.contributors.map { person("contributor", $0) }
        children.append(E("generator", [A("version", ToolVersion.number)], text: ToolVersion.name))
        children += document.entries.map(entry)
        return E("feed", [A("xmlns", namespace)], children)
    }

    static func entry(_ entry: FeedEntry) -> XMLMarkup.Element {
        typealias E = XMLMarkup.Element
        typealias A = XMLMarkup.Attribute
        var children: [E] = [
            E("id", text: entry.id),
            E("title", [A("type", "text")], text: entry.title),
            E("published", text: entry.date.rfc3339),
            E("updated", text: entry.date.rfc3339),
        ]
        children += entry.authors.map { person("author", $0) }
        children.append(E("link", [A("rel", "alternate"), A("type", "text/html"), A("href", entry.link)]))
        children += entry.relatedLinks.map { E("link", [A("rel", $0.rel), A("href", $0.href), A("title", $0.title)]) }
        children.append(E("category", [A("term", entry.categoryTerm), A("label", entry.categoryLabel)]))
        if let summary = entry.summary {
            children.append(E("summary", [A("type", "text")], text: summary))
        }
        children.append(E("content", [A("type", "html")], text: entry.contentHTML))
        return E("entry", [], children)
    }

    static func person(_ element: String, _ person: FeedPerson) -> XMLMarkup.Element {
        typealias E = XMLMarkup.Element
        var children = [E("name", text: person.name)]
        if let uri = person.uri { children.append(E("uri", text: uri)) }
        if let email = person.email { children.append(E("email", text: email)) }
        return E(element, [], children)
    }
}
