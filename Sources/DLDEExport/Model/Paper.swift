/// How an accepted paper is presented.
public enum Presentation: String, Sendable, CaseIterable {
    case contributedTalk = "contributed-talk"
    case spotlight
    case poster

    /// Minutes a talk of this kind needs in a slot (posters share a session).
    public var talkMinutes: Int {
        switch self {
        case .contributedTalk: return 15
        case .spotlight: return 5
        case .poster: return 0
        }
    }
}

/// An accepted paper.
public struct Paper: Sendable, Equatable {
    public var id: String
    public var title: InlineField
    public var authors: [Person]
    public var abstract: MarkdownText?
    public var keywords: [String]
    public var presentation: Presentation
    public var pdf: String?
    public var openreview: String?
    public var code: String?
}
