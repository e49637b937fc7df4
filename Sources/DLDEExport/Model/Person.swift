/// A speaker, organizer or author.
///
/// Its fields live in one shared box (`SharedStorage`), as `Paper`'s do.
public struct Person: Sendable, Equatable {
    private struct Fields: Sendable, Equatable {
        var id: String
        var name: PersonName
        var affiliation: String?
        var url: String?
        var email: String?
        var bio: MarkdownText?
        var photo: ImageFile?
    }

    private var fields: SharedStorage<Fields>

    public init(id: String, name: PersonName, affiliation: String? = nil, url: String? = nil, email: String? = nil, bio: MarkdownText? = nil,
                photo: ImageFile? = nil) {
        fields = SharedStorage(Fields(id: id, name: name, affiliation: affiliation, url: url, email: email, bio: bio, photo: photo))
    }

    /// Slug that slots refer to; defaults to the slugified name.
    public var id: String {
        _read { yield fields.value.id }
        _modify { yield &fields.value.id }
    }
    public var name: PersonName {
        _read { yield fields.value.name }
        _modify { yield &fields.value.name }
    }
    public var affiliation: String? {
        _read { yield fields.value.affiliation }
        _modify { yield &fields.value.affiliation }
    }
    public var url: String? {
        _read { yield fields.value.url }
        _modify { yield &fields.value.url }
    }
    public var email: String? {
        _read { yield fields.value.email }
        _modify { yield &fields.value.email }
    }
    public var bio: MarkdownText? {
        _read { yield fields.value.bio }
        _modify { yield &fields.value.bio }
    }
    /// A photo in the workshop folder (speakers and organizers only).
    public var photo: ImageFile? {
        _read { yield fields.value.photo }
        _modify { yield &fields.value.photo }
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
