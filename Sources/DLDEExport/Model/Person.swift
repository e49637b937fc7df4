/// A speaker, organizer or author.
public struct Person: Sendable, Equatable {
    /// Slug that slots refer to; defaults to the slugified name.
    public var id: String
    public var name: PersonName
    public var affiliation: String?
    public var url: String?
    public var email: String?
    public var bio: MarkdownText?

    public init(id: String, name: PersonName, affiliation: String? = nil, url: String? = nil, email: String? = nil, bio: MarkdownText? = nil) {
        self.id = id
        self.name = name
        self.affiliation = affiliation
        self.url = url
        self.email = email
        self.bio = bio
    }
}

/// A contact address: `From:`/`Reply-To:` of the announcements.
public struct Contact: Sendable, Equatable {
    public var name: String
    public var email: String
}

/// A sponsor and its link.
public struct Sponsor: Sendable, Equatable {
    public var name: String
    public var url: String
    public var logo: String?
}
