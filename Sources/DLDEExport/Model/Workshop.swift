import Foundation

/// The whole checked workshop: `workshop.yaml` and its accepted papers.
public struct Workshop: Sendable, Equatable {
    public var id: String
    public var title: String
    public var shortTitle: String
    public var venue: String
    public var year: Int
    public var url: String
    public var location: String?
    /// IANA identifier of the zone every schedule time is in.
    public var timezone: String
    public var extraTimezones: [String]
    public var date: LocalDate
    public var mailingList: String?
    public var contact: [Contact]
    public var introduction: MarkdownText?
    public var callForPapers: MarkdownText?
    public var importantDates: [ImportantDate]
    public var speakers: [Person]
    public var organizers: [Person]
    public var sponsors: [Sponsor]
    public var schedule: [Slot]
    public var announcements: [Announcement]
    public var papers: [Paper]

    /// The workshop's zone (validated when the model was loaded).
    public var timeZone: TimeZone { TimeZone(identifier: timezone)! }

    public func speaker(id: String) -> Person? { speakers.first { $0.id == id } }

    /// The papers with `ids`, in that order, nil for an id no paper has. One
    /// pass over the papers, not one per id: a poster session can list
    /// thousands.
    public func papers(ids: [String]) -> [Paper?] {
        guard !ids.isEmpty else { return [] }
        let wanted = Set(ids)
        var found: [String: Paper] = [:]
        for paper in papers where wanted.contains(paper.id) && found[paper.id] == nil { found[paper.id] = paper }
        return ids.map { found[$0] }
    }

}
