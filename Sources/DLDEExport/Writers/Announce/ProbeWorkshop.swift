import Foundation

/// A small synthetic workshop in which every optional field has a value and
/// every list one item (two zones, a slot with a speaker, a paper, slides
/// and a recording...). Announcement templates are rendered with it too,
/// for every kind, so a misspelt field in a section the real data never
/// opens is still an error.
enum ProbeWorkshop {
    static func workshop() -> Workshop {
        let zone = TimeZone(identifier: "UTC")!
        let day = LocalDate("2000-01-01")!
        let start = LocalTime("09:00")!, end = LocalTime("10:00")!
        let timestamp = Timestamp(rfc3339: "1999-12-01T09:00:00-12:00")!
        let person = Person(id: "probe-speaker", name: PersonName("Probe Speaker"), affiliation: "Probe University",
                            url: "https://probe.example.org/", email: "speaker@probe.example.org", bio: MarkdownText("Bio."),
                            photo: ImageFile(path: "photos/probe.jpg", source: "/probe/photos/probe.jpg", format: .jpeg))
        let paper = Paper(id: "probe-paper", title: InlineField("Probe paper"), authors: [person], abstract: MarkdownText("Abstract."),
                          keywords: ["probe"], presentation: .contributedTalk, pdf: "https://probe.example.org/paper.pdf",
                          openreview: "probe", code: "https://probe.example.org/code")
        let slot = Slot(id: "probe-slot", start: start, end: end, endGiven: true, kind: .invitedTalk, title: InlineField("Probe talk"),
                        speaker: person.id, papers: [paper.id], slides: "https://probe.example.org/slides.pdf",
                        recording: "https://probe.example.org/recording",
                        startInstant: try! WallClock.instant(day, start, in: zone).get(),
                        endInstant: try! WallClock.instant(day, end, in: zone).get())
        // A poster session presenting the paper too: a paper's personal
        // message shows its talks and its poster sessions in two sections.
        let posterEnd = LocalTime("11:00")!
        let posters = Slot(id: "probe-posters", start: end, end: posterEnd, endGiven: true, kind: .posterSession, title: nil,
                           speaker: nil, papers: [paper.id], slides: nil, recording: nil,
                           startInstant: try! WallClock.instant(day, end, in: zone).get(),
                           endInstant: try! WallClock.instant(day, posterEnd, in: zone).get())
        return Workshop(
            id: "probe", title: "Probe Workshop", shortTitle: "PROBE", venue: "Probe Venue", year: 2000,
            url: "https://probe.example.org/", location: "Probe City", timezone: "UTC", extraTimezones: ["Asia/Tokyo"],
            date: day, mailingList: "list@probe.example.org",
            contact: [Contact(name: "Probe Contact", email: "contact@probe.example.org")],
            introduction: MarkdownText("Introduction."), callForPapers: MarkdownText("Call."),
            importantDates: [ImportantDate(label: "Deadline", at: .instant(Timestamp(rfc3339: "1999-12-31T23:59:00-12:00")!))],
            speakers: [person], organizers: [person],
            sponsors: [Sponsor(name: "Probe Sponsor", url: "https://sponsor.example.org/", logo: ImageFile(path: "logo.png", source: "/probe/logo.png", format: .png))],
            schedule: [slot, posters],
            announcements: AnnouncementKind.allCases.map { kind in
                Announcement(id: "probe-\(kind.rawValue)", date: timestamp, subject: "Probe", kind: kind, body: MarkdownText("Body."))
            } + [AnnouncementRecipients.authors, .speakers].map { to in
                Announcement(id: "probe-to-\(to.rawValue)", date: timestamp, subject: "Probe", kind: .program, body: MarkdownText("Body."), to: to)
            },
            papers: [paper]
        )
    }
}
