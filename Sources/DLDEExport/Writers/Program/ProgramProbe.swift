import Foundation

/// Two small synthetic workshops whose contexts are rendered (and thrown
/// away) beside the real one, so a template that names an unknown field is
/// an error even inside a section the real data never opens: `full` has
/// every optional field and an item in every list, `bare` has none.
enum ProgramProbe {
    static let workshops: [Workshop] = [full, bare]

    static let full: Workshop = {
        let zone = TimeZone(identifier: "Europe/Paris")!
        let day = LocalDate("2024-05-10")!
        func slot(_ id: String, _ start: String, _ end: String, _ kind: SlotKind, speaker: String? = nil, papers: [String] = []) -> Slot {
            let startTime = LocalTime(start)!, endTime = LocalTime(end)!
            return Slot(id: id, start: startTime, end: endTime, endGiven: true, kind: kind, title: InlineField("Probe $x$"),
                        speaker: speaker, papers: papers, slides: "https://probe.example.org/slides", recording: "https://probe.example.org/video",
                        startInstant: try! WallClock.instant(day, startTime, in: zone).get(),
                        endInstant: try! WallClock.instant(day, endTime, in: zone).get())
        }
        let person = Person(id: "probe", name: PersonName(given: "Pro", family: "Be"), affiliation: "Probe University",
                            url: "https://probe.example.org/", email: "probe@example.org", bio: MarkdownText("A *bio*."),
                            photo: ImageFile(path: "photos/probe.png", source: "/probe/photos/probe.png", format: .png))
        let paper = Paper(id: "probe-paper", title: InlineField("A probe $x$"), authors: [person, person], abstract: MarkdownText("An abstract."),
                          keywords: ["probe"], presentation: .contributedTalk, pdf: "https://probe.example.org/p.pdf",
                          openreview: "probe", code: "https://probe.example.org/code")
        return Workshop(
            id: "probe", title: "Probe", shortTitle: "P", venue: "Probe venue", year: 2024, url: "https://probe.example.org/",
            location: "Probe city", timezone: zone.identifier, extraTimezones: ["UTC"], date: day, mailingList: "list@example.org",
            contact: [Contact(name: "Probe", email: "probe@example.org")], introduction: MarkdownText("Hello."),
            callForPapers: MarkdownText("Submit."),
            importantDates: [ImportantDate(label: "Deadline", at: .day(day)), ImportantDate(label: "Due", at: .instant(Timestamp(rfc3339: "2024-03-01T23:59:00-08:00")!))],
            speakers: [person, Person(id: "unscheduled", name: PersonName("Un Scheduled"), bio: MarkdownText("Bio."))],
            organizers: [person], sponsors: [Sponsor(name: "Probe Inc", url: "https://probe.example.org/",
                                                         logo: ImageFile(path: "logos/probe.svg", source: "/probe/logos/probe.svg", format: .svg))],
            schedule: [
                slot("a", "09:00", "09:30", .invitedTalk, speaker: "probe"),
                slot("b", "09:30", "10:00", .contributedTalk, papers: ["probe-paper"]),
                slot("c", "10:00", "10:30", .spotlights, papers: ["probe-paper"]),
                slot("d", "10:30", "11:00", .posterSession, papers: ["probe-paper"]),
                slot("e", "23:30", "24:00", .break),
            ],
            announcements: [], papers: [paper])
    }()

    static let bare: Workshop = {
        var workshop = full
        workshop.location = nil
        workshop.extraTimezones = []
        workshop.introduction = nil
        workshop.importantDates = []
        workshop.speakers = [Person(id: "x", name: PersonName("X"))]
        workshop.organizers = [Person(id: "y", name: PersonName("Y"))]
        workshop.sponsors = []
        workshop.papers = [Paper(id: "q", title: InlineField("Q"), authors: [Person(id: "z", name: PersonName("Z"))], abstract: nil,
                                 keywords: [], presentation: .poster, pdf: nil, openreview: nil, code: nil)]
        workshop.schedule = workshop.schedule.map { slot in
            var slot = slot
            slot.title = nil
            slot.speaker = nil
            slot.papers = []
            slot.slides = nil
            slot.recording = nil
            return slot
        }
        return workshop
    }()
}
