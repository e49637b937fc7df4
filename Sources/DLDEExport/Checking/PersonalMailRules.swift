/// Warnings for personal announcements (`to: authors`, `to: speakers`):
/// a paper none of whose authors has an address, or a speaker without
/// one, gets no message.
extension Checker {
    static func warnUnaddressed(_ workshop: Workshop, sink: DiagnosticSink) {
        if let announcement = workshop.announcements.first(where: { $0.to == .authors }) {
            for (index, paper) in workshop.papers.enumerated() where !paper.authors.contains(where: { $0.email != nil }) {
                sink.warning("paper '\(paper.id)' (\(paper.title.source)) has no author with an email address: announcement '\(announcement.id)' (to: authors) cannot reach it", keyPath: "papers[\(index)].authors")
            }
        }
        if let announcement = workshop.announcements.first(where: { $0.to == .speakers }) {
            for (index, speaker) in workshop.speakers.enumerated() where speaker.email == nil {
                sink.warning("speaker '\(speaker.id)' has no email address: announcement '\(announcement.id)' (to: speakers) cannot reach them", keyPath: "speakers[\(index)]")
            }
        }
    }
}
