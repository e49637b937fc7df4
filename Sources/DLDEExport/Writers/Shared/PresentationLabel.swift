/// How a paper's presentation reads, in every format.
extension Presentation {
    /// `Contributed talk`, `Spotlight`, `Poster`.
    var label: String {
        switch self {
        case .contributedTalk: return "Contributed talk"
        case .spotlight: return "Spotlight"
        case .poster: return "Poster"
        }
    }

    /// A heading over papers of this presentation: `Contributed talks`,
    /// `Spotlight presentations`, `Posters`.
    var heading: String {
        switch self {
        case .contributedTalk: return "Contributed talks"
        case .spotlight: return "Spotlight presentations"
        case .poster: return "Posters"
        }
    }
}
