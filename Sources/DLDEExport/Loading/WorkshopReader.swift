import Foundation

/// Reads `workshop.yaml` into a `Workshop` (with no papers yet).
enum WorkshopReader {
    static let keys = [
        "id", "title", "short_title", "venue", "year", "url", "location", "timezone", "extra_timezones",
        "date", "mailing_list", "contact", "introduction", "call_for_papers", "important_dates",
        "speakers", "organizers", "sponsors", "schedule", "announcements",
    ]

    /// - Parameter images: reads the `photo` and `logo` keys (image files of the workshop folder).
    static func read(_ root: YAMLValue, images: ImageReader) -> Workshop? {
        guard let mapping = root.mapping(keys: keys) else { return nil }
        let id = mapping.required("id")?.slug()
        let title = mapping.required("title")?.line()
        let shortTitle = mapping.required("short_title")?.line()
        let venue = mapping.required("venue")?.line()
        let year = mapping.required("year")?.integer()
        let url = mapping.required("url")?.url()
        let location = mapping.optional("location")?.line()
        let timezone = mapping.required("timezone").flatMap(readZone)
        let extraZones = mapping.optional("extra_timezones")?.list()?.compactMap(readZone) ?? []
        let date = mapping.required("date")?.localDate()
        let mailingList = mapping.optional("mailing_list")?.email()
        let contact = mapping.required("contact")?.list(atLeast: 1, of: "contact")?.compactMap(readContact) ?? []
        let introduction = mapping.optional("introduction")?.markdown()
        let callForPapers = mapping.optional("call_for_papers")?.markdown()
        let importantDates = mapping.optional("important_dates")?.list()?.compactMap(readImportantDate) ?? []
        let speakers = mapping.optional("speakers")?.list()?.compactMap { PersonReader.read($0, images: images) } ?? []
        let organizers = mapping.required("organizers")?.list(atLeast: 1, of: "organizer")?
            .compactMap { PersonReader.read($0, images: images) } ?? []
        let sponsors = mapping.optional("sponsors")?.list()?.compactMap { readSponsor($0, images: images) } ?? []
        let zone = timezone.flatMap(TimeZone.init(identifier:))
        let schedule = mapping.optional("schedule").map { ScheduleReader.read($0, day: date, zone: zone) } ?? []
        let announcements = mapping.optional("announcements")?.list()?.compactMap(readAnnouncement) ?? []

        guard let id, let title, let shortTitle, let venue, let year, let url, let timezone, let date else { return nil }
        return Workshop(
            id: id, title: title, shortTitle: shortTitle, venue: venue, year: year, url: url,
            location: location, timezone: timezone, extraTimezones: extraZones, date: date,
            mailingList: mailingList, contact: contact, introduction: introduction,
            callForPapers: callForPapers, importantDates: importantDates, speakers: speakers,
            organizers: organizers, sponsors: sponsors, schedule: schedule,
            announcements: announcements, papers: []
        )
    }

    private static func readZone(_ value: YAMLValue) -> String? {
        guard let name = value.line(expected: "an IANA time zone") else { return nil }
        guard TimeZone(identifier: name) != nil, name.contains("/") || name == "UTC" || name == "GMT" else {
            var message = "'\(name)' is not an IANA time zone: write e.g. America/New_York or UTC"
            if let suggestion = DidYouMean.suggest(name, among: TimeZone.knownTimeZoneIdentifiers) {
                message += "; did you mean '\(suggestion)'?"
            }
            value.error(message)
            return nil
        }
        return name
    }

    private static func readContact(_ value: YAMLValue) -> Contact? {
        guard let mapping = value.mapping(keys: ["name", "email"]),
              let name = mapping.required("name")?.line(),
              let email = mapping.required("email")?.email() else { return nil }
        return Contact(name: name, email: email)
    }

    private static func readImportantDate(_ value: YAMLValue) -> ImportantDate? {
        guard let mapping = value.mapping(keys: ["label", "at"]) else { return nil }
        let label = mapping.required("label")?.line()
        guard let atValue = mapping.required("at"), let at = atValue.line(expected: "a date") else { return nil }
        let parsed: ImportantDate.At
        if let day = LocalDate(at) {
            parsed = .day(day)
        } else if let stamp = Timestamp(rfc3339: at) {
            if let problem = stamp.offsetProblem {
                atValue.error(problem)
                return nil
            }
            parsed = .instant(stamp)
        } else {
            atValue.error("'\(at)' is neither a date (YYYY-MM-DD) nor an RFC 3339 date-time with offset")
            return nil
        }
        return label.map { ImportantDate(label: $0, at: parsed) }
    }

    private static func readSponsor(_ value: YAMLValue, images: ImageReader) -> Sponsor? {
        guard let mapping = value.mapping(keys: ["name", "url", "logo"]) else { return nil }
        let name = mapping.required("name")?.line()
        let url = mapping.required("url")?.url()
        let logo = mapping.optional("logo").flatMap(images.read)
        guard let name, let url else { return nil }
        return Sponsor(name: name, url: url, logo: logo)
    }

    private static func readAnnouncement(_ value: YAMLValue) -> Announcement? {
        guard let mapping = value.mapping(keys: ["id", "date", "subject", "kind", "body", "to"]) else { return nil }
        let id = mapping.required("id")?.slug()
        let date = mapping.required("date")?.timestamp()
        let subject = mapping.required("subject")?.line()
        let kind = mapping.required("kind")?.choice(AnnouncementKind.self)
        let body = mapping.optional("body")?.markdown()
        let to = mapping.optional("to").map { $0.choice(AnnouncementRecipients.self) } ?? .list
        guard let id, let date, let subject, let kind, let to else { return nil }
        return Announcement(id: id, date: date, subject: subject, kind: kind, body: body, to: to)
    }
}
