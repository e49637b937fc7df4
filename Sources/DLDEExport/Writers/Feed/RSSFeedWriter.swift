/// `rss.xml`: an RSS 2.0 feed of a `FeedDocument`, with the full HTML in
/// `content:encoded` and the Atom `self` link (`atom:link`), as feed
/// validators expect; paper entries name their authors in `dc:creator`
/// (RSS's own `author` must be an email address).
public enum RSSFeedWriter {
    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"

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
        var channel: [E] = [
            E("title", text: document.title),
            E("link", text: document.identity.siteURL),
            E("description", text: document.subtitle),
            E("atom:link", [A("href", document.identity.feedURL("rss.xml")), A("rel", "self"), A("type", "application/rss+xml")]),
            E("lastBuildDate", text: document.updated.rfc822),
        ]
        if let editor = document.authors.first(where: { $0.email != nil }), let email = editor.email {
            channel.append(E("managingEditor", text: "\(email) (\(editor.name))"))
        }
        channel.append(E("generator", text: ToolVersion.generator))
        channel.append(E("docs", text: "https://www.rssboard.org/rss-specification"))
        channel += document.entries.map(item)
        let namespaces = [
            A("version", "2.0"),
            A("xmlns:atom", atomNamespace),
            A("xmlns:content", contentNamespace),
            A("xmlns:dc", dublinCoreNamespace),
        ]
        return E("rss", namespaces, [E("channel", [], channel)])
    }

    static func item(_ entry: FeedEntry) -> XMLMarkup.Element {
        typealias E = XMLMarkup.Element
        typealias A = XMLMarkup.Attribute
        var children: [E] = [
            E("title", text: entry.title),
            E("link", text: entry.link),
            E("guid", [A("isPermaLink", "false")], text: entry.id),
            E("pubDate", text: entry.date.rfc822),
            E("category", text: entry.categoryTerm),
        ]
        if !entry.authors.isEmpty {
            children.append(E("dc:creator", text: entry.authors.map(\.name).joined(separator: ", ")))
        }
        // `description` is HTML to readers: the plain summary, escaped.
        children.append(E("description", text: CMarkText.html(entry.summary ?? entry.title)))
        children.append(E("content:encoded", text: entry.contentHTML))
        return E("item", [], children)
    }
}
