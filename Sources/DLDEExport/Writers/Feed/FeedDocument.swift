import Foundation

/// What both feeds say, built once from the model: the feed's metadata and
/// its entries, newest first.
public struct FeedDocument: Sendable, Equatable {
    public var identity: FeedIdentity
    public var title: String
    public var subtitle: String
    /// The newest entry's date; without entries `SOURCE_DATE_EPOCH`, else
    /// the start of the workshop day. Never the time of the build.
    public var updated: FeedDate
    /// The contacts: the people who send the announcements.
    public var authors: [FeedPerson]
    /// The organizers.
    public var contributors: [FeedPerson]
    public var entries: [FeedEntry]

    /// - Parameters:
    ///   - workshop: the checked model.
    ///   - context: gives `SOURCE_DATE_EPOCH`, used only when there is no entry.
    ///   - paperEntries: add one entry per accepted paper, dated by the
    ///     first `accepted-papers` announcement (the start of the workshop day
    ///     when there is none) less 1, 2, 3... seconds in the papers' order.
    public init(_ workshop: Workshop, context: WriterContext, paperEntries: Bool) throws(ExportError) {
        let view = context.view(of: workshop)
        let identity = try FeedIdentity(workshop, host: view.host)
        self.identity = identity
        let short = workshop.shortTitle.contains(String(workshop.year)) ? workshop.shortTitle : "\(workshop.shortTitle) \(workshop.year)"
        title = "\(short): \(workshop.title)"
        subtitle = [workshop.venue, workshop.date.description, workshop.location].compactMap { $0 }.joined(separator: ", ")
        authors = workshop.contact.map { contact in
            let organizer = workshop.organizers.first { $0.name.display == contact.name }
            return FeedPerson(name: contact.name, email: contact.email, uri: organizer?.url)
        }
        contributors = workshop.organizers.map { FeedPerson(name: $0.name.display, email: $0.email, uri: $0.url) }

        let html = AnnouncementHTML(workshop: workshop, view: view)
        var dated: [(entry: FeedEntry, order: Int)] = []
        for announcement in workshop.announcements where announcement.isPublic {
            dated.append((Self.entry(announcement, identity: identity, html: html), dated.count))
        }
        if paperEntries {
            let date = Self.papersDate(workshop)
            for (index, paper) in view.papers.enumerated() {
                // One second apart, in the order of the papers file, just
                // before the announcement: no two entries share `updated`
                // (the W3C validator's DuplicateUpdated warning).
                let staggered = FeedDate(instant: date.instant.addingTimeInterval(-Double(index + 1)), offsetSeconds: date.offsetSeconds)
                dated.append((PaperEntry.entry(paper, date: staggered, identity: identity), dated.count))
            }
        }
        // Newest first; at the same instant, in the order of the model
        // (an accepted-papers announcement before its papers).
        entries = dated.sorted { a, b in
            a.entry.date.instant != b.entry.date.instant ? a.entry.date.instant > b.entry.date.instant : a.order < b.order
        }.map(\.entry)

        if let newest = entries.first?.date {
            updated = newest
        } else if let source = context.sourceDate {
            updated = FeedDate(instant: source)
        } else {
            updated = Self.workshopDayStart(workshop)
        }
    }

    static func entry(_ announcement: Announcement, identity: FeedIdentity, html: AnnouncementHTML) -> FeedEntry {
        FeedEntry(
            id: identity.announcementID(announcement.id),
            title: announcement.subject,
            date: FeedDate(announcement.date),
            categoryTerm: announcement.kind.rawValue,
            categoryLabel: announcement.kind.label,
            summary: announcement.body.flatMap { firstParagraph($0.rendered.plain) },
            contentHTML: html.content(announcement),
            link: identity.siteURL,
            relatedLinks: [],
            authors: []
        )
    }

    /// The first `accepted-papers` announcement's date, else the workshop
    /// day's start: a date from the model that adding papers cannot move.
    static func papersDate(_ workshop: Workshop) -> FeedDate {
        let announced = workshop.announcements.filter { $0.kind == .acceptedPapers }.map(\.date).min()
        return announced.map(FeedDate.init) ?? workshopDayStart(workshop)
    }

    /// 00:00 of the workshop day in the workshop's zone.
    static func workshopDayStart(_ workshop: Workshop) -> FeedDate {
        let zone = workshop.timeZone
        let instant = (try? WallClock.instant(workshop.date, LocalTime("00:00")!, in: zone).get())
            ?? Date(timeIntervalSince1970: 0)
        return FeedDate(instant: instant, offsetSeconds: zone.secondsFromGMT(for: instant))
    }

    /// The text up to the first blank line, trimmed; nil when empty.
    static func firstParagraph(_ plain: String) -> String? {
        let trimmed = plain.trimmingCharacters(in: .whitespacesAndNewlines)
        let first = trimmed.components(separatedBy: "\n\n").first ?? trimmed
        let joined = first.split(whereSeparator: \.isNewline).joined(separator: " ")
        return joined.isEmpty ? nil : joined
    }
}

extension AnnouncementKind {
    /// A category label for readers.
    public var label: String {
        switch self {
        case .callForPapers: return "Call for papers"
        case .deadlineReminder: return "Deadline reminder"
        case .acceptedPapers: return "Accepted papers"
        case .program: return "Program"
        case .dayOf: return "Workshop day"
        case .recordings: return "Recordings"
        case .news: return "News"
        }
    }
}
