import Foundation

/// What happens in a slot of the schedule.
public enum SlotKind: String, Sendable, CaseIterable {
    case opening
    case invitedTalk = "invited-talk"
    case contributedTalk = "contributed-talk"
    case spotlights
    case posterSession = "poster-session"
    case panel
    case `break`
    case lunch
    case closing
    case other

    /// The heading used when a slot has no title.
    public var defaultTitle: String {
        switch self {
        case .opening: return "Opening remarks"
        case .invitedTalk: return "Invited talk"
        case .contributedTalk: return "Contributed talk"
        case .spotlights: return "Spotlights"
        case .posterSession: return "Poster session"
        case .panel: return "Panel discussion"
        case .break: return "Break"
        case .lunch: return "Lunch break"
        case .closing: return "Closing remarks"
        case .other: return "Session"
        }
    }
}

/// One slot of the workshop day, with its times resolved to instants.
public struct Slot: Sendable, Equatable {
    /// Stable id: the `id` key, or `<date>-<HHMM>` of the start.
    public var id: String
    public var start: LocalTime
    public var end: LocalTime
    /// True when `end` was written, false when it is the next slot's start.
    public var endGiven: Bool
    public var kind: SlotKind
    public var title: InlineField?
    /// A speaker `id`.
    public var speaker: String?
    /// Paper ids, in the order given.
    public var papers: [String]
    public var slides: String?
    public var recording: String?
    public var startInstant: Date
    public var endInstant: Date

    /// The title to print: the slot's own or its kind's.
    public var displayTitle: String { title?.source ?? kind.defaultTitle }
}
