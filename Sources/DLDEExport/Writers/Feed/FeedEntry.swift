/// A person a feed names: an author or contributor.
public struct FeedPerson: Sendable, Equatable {
    public var name: String
    public var email: String?
    public var uri: String?
}

/// A link of an entry besides its `alternate` (a paper's PDF, its code).
public struct FeedLink: Sendable, Equatable {
    /// Atom `rel`: `related` for a paper's PDF, forum and code.
    public var rel: String
    public var href: String
    public var title: String
}

/// One entry, the same for Atom and RSS: an announcement or an accepted paper.
public struct FeedEntry: Sendable, Equatable {
    /// A `tag:` URI that never changes (see `FeedIdentity`).
    public var id: String
    /// Plain text, math as written.
    public var title: String
    /// Published and updated: entries are not revised after they are sent.
    public var date: FeedDate
    /// The announcement kind (`program`) or `accepted-paper`.
    public var categoryTerm: String
    public var categoryLabel: String
    /// Plain text; nil when there is nothing to summarise.
    public var summary: String?
    /// HTML with every URL absolute.
    public var contentHTML: String
    /// The `alternate` link: the workshop's site.
    public var link: String
    public var relatedLinks: [FeedLink]
    /// The entry's own authors; empty means the feed's authors.
    public var authors: [FeedPerson]
}
