/// What an announcement is about; the kind decides what the tool adds.
public enum AnnouncementKind: String, Sendable, CaseIterable {
    case callForPapers = "call-for-papers"
    case deadlineReminder = "deadline-reminder"
    case acceptedPapers = "accepted-papers"
    case program
    case dayOf = "day-of"
    case recordings
    case news

    /// Kinds that make no sense after the workshop day.
    public var belongsBeforeWorkshop: Bool {
        switch self {
        case .callForPapers, .deadlineReminder, .acceptedPapers, .program, .dayOf: return true
        case .recordings, .news: return false
        }
    }
}

/// Who an announcement goes to: the mailing list (a feed entry too), or
/// personal messages, one per paper to its authors or one per invited
/// speaker (never in the feed: they speak of one person's slots).
public enum AnnouncementRecipients: String, Sendable, CaseIterable {
    case list
    case authors
    case speakers
}

/// A news item: a feed entry and a mailing-list message, or personal
/// messages to the authors or the speakers (`to`).
public struct Announcement: Sendable, Equatable {
    public var id: String
    public var date: Timestamp
    public var subject: String
    public var kind: AnnouncementKind
    public var body: MarkdownText?
    public var to: AnnouncementRecipients = .list

    /// True for a message to the mailing list (and an entry of the feeds).
    public var isPublic: Bool { to == .list }
}

/// A labelled date of the call for papers ("Submission deadline").
public struct ImportantDate: Sendable, Equatable {
    public enum At: Sendable, Equatable {
        case day(LocalDate)
        case instant(Timestamp)
    }

    public var label: String
    public var at: At
}
