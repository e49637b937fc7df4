/// A speaker, organizer or author.
public struct Person: Sendable, Equatable {
    /// Slug that slots refer to; defaults to the slugified name.
    public var id: String
    public var name: PersonName
    public var affiliation: String?
    public var url: String?
    public var email: String?
    public var bio: MarkdownText?
    /// A photo in the workshop folder (speakers and organizers only).
    public var photo: ImageFile?

    public init(id: String, name: PersonName, affiliation: String? = nil, url: String? = nil, email: String? = nil, bio: MarkdownText? = nil,
                photo: ImageFile? = nil) {
        self.id = id
        self.name = name
        self.affiliation = affiliation
        self.url = url
        self.email = email
        self.bio = bio
        self.photo = photo
    }
}

/// A contact address: `From:`/`Reply-To:` of the announcements.
public struct Contact: Sendable, Equatable {
    public var name: String
    public var email: String
}

/// A sponsor, its link and its logo.
public struct Sponsor: Sendable, Equatable {
    public var name: String
    public var url: String
    /// A logo in the workshop folder.
    public var logo: ImageFile?

    public init(name: String, url: String, logo: ImageFile? = nil) {
        self.name = name
        self.url = url
        self.logo = logo
    }
}
