import Foundation

/// Reads a presentation type out of the words review systems use for a
/// decision, a status, a track or an OpenReview venue ("Accept (Spotlight)",
/// "NeurIPS 2021 Workshop DLDE Poster", "Contributed Talk").
enum PresentationText {
    /// The presentation type the text names, or nil when it names none
    /// ("Accept"). Spotlight is looked for first ("spotlight talk" is a
    /// spotlight), then talks ("oral", "contributed talk"), then posters.
    static func presentation(in text: String) -> Presentation? {
        if let exact = Presentation(rawValue: text.trimmingCharacters(in: .whitespaces)) { return exact }
        let words = Set(wordsOf(text))
        if words.contains("spotlight") || words.contains("spotlights") { return .spotlight }
        if words.contains("oral") || words.contains("talk") || words.contains("talks") { return .contributedTalk }
        if words.contains("poster") || words.contains("posters") { return .poster }
        return nil
    }

    /// True when the text says the paper was not accepted: "Reject",
    /// "Desk Reject", "Withdrawn", OpenReview's "Submitted to ..." venue.
    static func isNotAccepted(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        if lower.hasPrefix("submitted to") { return true }
        let words = Set(wordsOf(text))
        return !words.isDisjoint(with: ["reject", "rejected", "rejection", "withdrawn", "withdraw", "withdrew"])
    }

    private static func wordsOf(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
    }
}
