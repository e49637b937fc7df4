import Foundation

/// The rules that need the whole model: references between parts, the
/// order of the schedule, duplicates, and the warnings of the input format.
enum Checker {
    static func check(_ workshop: Workshop, sink: DiagnosticSink) {
        checkDuplicates(workshop, sink: sink)
        checkSchedule(workshop, sink: sink)
        checkReferences(workshop, sink: sink)
        warnUnpresented(workshop, sink: sink)
        warnSharedURLs(workshop, sink: sink)
        warnAnnouncementDates(workshop, sink: sink)
        warnRepeatedZones(workshop, sink: sink)
        warnUnbalancedBraces(workshop, sink: sink)
        warnUnaddressed(workshop, sink: sink)
    }

    private static func checkDuplicates(_ workshop: Workshop, sink: DiagnosticSink) {
        func unique(_ ids: [String], path: String, what: String) {
            var seen: [String: Int] = [:]
            for (index, id) in ids.enumerated() {
                if let first = seen[id] {
                    let firstPlace = sink.location(of: "\(path)[\(first)]").map { " (first at line \($0.line))" } ?? ""
                    sink.error("duplicate \(what) id '\(id)'\(firstPlace)", keyPath: "\(path)[\(index)].id")
                } else {
                    seen[id] = index
                }
            }
        }
        unique(workshop.papers.map(\.id), path: "papers", what: "paper")
        unique(workshop.speakers.map(\.id), path: "speakers", what: "speaker")
        unique(workshop.organizers.map(\.id), path: "organizers", what: "organizer")
        unique(workshop.announcements.map(\.id), path: "announcements", what: "announcement")
        unique(workshop.schedule.map(\.id), path: "schedule", what: "slot")
    }

    private static func checkSchedule(_ workshop: Workshop, sink: DiagnosticSink) {
        let papersByID = Dictionary(workshop.papers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var previous: Slot?
        for (index, slot) in workshop.schedule.enumerated() {
            let path = "schedule[\(index)]"
            if slot.endInstant <= slot.startInstant {
                sink.error("slot ends at \(slot.end), not after its start \(slot.start)", keyPath: slot.endGiven ? "\(path).end" : "\(path).start")
            }
            if let previous, slot.startInstant < previous.endInstant {
                let verb = slot.startInstant < previous.startInstant ? "goes backwards: it starts" : "overlaps the previous slot: it starts"
                sink.error("slot \(verb) at \(slot.start), before the previous slot ends at \(previous.end)", keyPath: "\(path).start")
            }
            let needed = slot.papers.compactMap { papersByID[$0] }
                .reduce(0) { $0 + $1.presentation.talkMinutes }
            let minutes = Int(slot.endInstant.timeIntervalSince(slot.startInstant) / 60)
            if slot.kind != .posterSession, needed > minutes, minutes > 0 {
                sink.warning("slot lasts \(minutes) minutes but its \(slot.papers.count) talks need \(needed) (spotlights 5, contributed talks 15 minutes each)", keyPath: "\(path).papers")
            }
            switch slot.kind {
            case .contributedTalk where slot.papers.isEmpty:
                sink.warning("contributed talk with no paper: it will be shown as to be announced", keyPath: path)
            case .spotlights where slot.papers.isEmpty, .posterSession where slot.papers.isEmpty:
                sink.warning("\(slot.kind.rawValue) slot with no papers: it will be shown as to be announced", keyPath: path)
            case .invitedTalk where slot.speaker == nil:
                sink.warning("invited talk with no speaker: it will be shown as to be announced", keyPath: path)
            default:
                break
            }
            previous = slot
        }
    }

    private static func checkReferences(_ workshop: Workshop, sink: DiagnosticSink) {
        let speakerIDs = workshop.speakers.map(\.id)
        let paperIDs = Set(workshop.papers.map(\.id))
        for (index, slot) in workshop.schedule.enumerated() {
            if let speaker = slot.speaker, !speakerIDs.contains(speaker) {
                var message = "unknown speaker '\(speaker)'"
                if let suggestion = DidYouMean.suggest(speaker, among: speakerIDs) {
                    message += "; did you mean '\(suggestion)'?"
                } else if speakerIDs.isEmpty {
                    message += ": the workshop lists no speakers"
                }
                sink.error(message, keyPath: "schedule[\(index)].speaker")
            }
            for (paperIndex, paper) in slot.papers.enumerated() where !paperIDs.contains(paper) {
                sink.error("unknown paper '\(paper)': no accepted paper has this id", keyPath: "schedule[\(index)].papers[\(paperIndex)]")
            }
        }
    }

    private static func warnUnpresented(_ workshop: Workshop, sink: DiagnosticSink) {
        let presentedSpeakers = Set(workshop.schedule.compactMap(\.speaker))
        for (index, speaker) in workshop.speakers.enumerated() where !presentedSpeakers.contains(speaker.id) {
            sink.warning("speaker '\(speaker.name.display)' is in no slot of the schedule", keyPath: "speakers[\(index)]")
        }
        let presentedPapers = Set(workshop.schedule.flatMap(\.papers))
        for (index, paper) in workshop.papers.enumerated() where !presentedPapers.contains(paper.id) {
            sink.warning("paper '\(paper.id)' is in no slot of the schedule", keyPath: "papers[\(index)]")
        }
    }

    private static func warnSharedURLs(_ workshop: Workshop, sink: DiagnosticSink) {
        var owners: [String: String] = [:]
        // The key path is written only for a warning (authors run to tens of thousands).
        func visit(_ person: Person, _ path: @autoclosure () -> String) {
            guard let url = person.url else { return }
            let key = url.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            if let owner = owners[key], owner != person.name.display {
                sink.warning("the URL \(url) is also given for \(owner): is it the right page for \(person.name.display)?", keyPath: "\(path()).url")
            } else {
                owners[key] = person.name.display
            }
        }
        for (index, speaker) in workshop.speakers.enumerated() { visit(speaker, "speakers[\(index)]") }
        for (index, organizer) in workshop.organizers.enumerated() { visit(organizer, "organizers[\(index)]") }
        for (paperIndex, paper) in workshop.papers.enumerated() {
            for (index, author) in paper.authors.enumerated() { visit(author, "papers[\(paperIndex)].authors[\(index)]") }
        }
    }

    /// A zone listed twice in `extra_timezones`, or the workshop's own zone
    /// listed there, is shown once (ScheduleView's rule): say so.
    private static func warnRepeatedZones(_ workshop: Workshop, sink: DiagnosticSink) {
        var seen = [workshop.timezone: "it is the workshop's own zone ('timezone')"]
        for (index, zone) in workshop.extraTimezones.enumerated() {
            if let earlier = seen[zone] {
                sink.warning("the zone \(zone) is shown once: \(earlier); remove this entry", keyPath: "extra_timezones[\(index)]")
            } else {
                seen[zone] = "it is already listed at extra_timezones[\(index)]"
            }
        }
    }

    /// A title whose braces do not balance shows them as written (they are
    /// not markup then): say how to write a literal brace.
    private static func warnUnbalancedBraces(_ workshop: Workshop, sink: DiagnosticSink) {
        func check(_ title: InlineField?, keyPath: String) {
            guard let title else { return }
            var prose = ""
            for case .text(let piece) in MathScanner.segments(title.source) { prose += piece }
            guard !BraceMarkup.balances(prose) else { return }
            sink.warning("the braces of this title do not balance, so they are printed as written; "
                         + "a {group} protects capitals in BibTeX and is not shown elsewhere, a literal brace is written \\{ or \\}",
                         keyPath: keyPath)
        }
        for (index, paper) in workshop.papers.enumerated() { check(paper.title, keyPath: "papers[\(index)].title") }
        for (index, slot) in workshop.schedule.enumerated() { check(slot.title, keyPath: "schedule[\(index)].title") }
    }

    private static func warnAnnouncementDates(_ workshop: Workshop, sink: DiagnosticSink) {
        guard case .success(let dayEnd) = WallClock.instant(workshop.date, LocalTime("24:00")!, in: workshop.timeZone) else { return }
        for (index, announcement) in workshop.announcements.enumerated()
        where announcement.kind.belongsBeforeWorkshop && announcement.date.instant >= dayEnd {
            sink.warning("a '\(announcement.kind.rawValue)' announcement dated \(announcement.date) comes after the workshop (\(workshop.date))", keyPath: "announcements[\(index)].date")
        }
    }
}
