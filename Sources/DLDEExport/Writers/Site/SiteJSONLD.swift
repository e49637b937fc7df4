import Foundation

/// schema.org JSON-LD for the site's pages: the workshop as an `Event` on
/// the home page, each paper as a `ScholarlyArticle` on its page.
enum SiteJSONLD {
    /// The workshop: name, start and end instants at the workshop zone's
    /// offset, attendance mode and location, organizers, speakers
    /// (`performer`) and sponsors.
    static func event(_ workshop: Workshop, site: SiteFacts) -> JSONValue {
        var object: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("Event"),
            "name": .string(workshop.title),
            "url": .string(site.absolute("")),
            "eventStatus": .string("https://schema.org/EventScheduled"),
        ]
        if let first = workshop.schedule.map(\.startInstant).min(), let last = workshop.schedule.map(\.endInstant).max() {
            object["startDate"] = .string(instant(first, in: workshop.timeZone))
            object["endDate"] = .string(instant(last, in: workshop.timeZone))
        } else {
            object["startDate"] = .string(workshop.date.description)
            object["endDate"] = .string(workshop.date.description)
        }
        if let description = workshop.introduction?.rendered.plain { object["description"] = .string(description) }
        if let location = workshop.location {
            if isVirtual(location) {
                object["eventAttendanceMode"] = .string("https://schema.org/OnlineEventAttendanceMode")
                object["location"] = .object(["@type": .string("VirtualLocation"), "name": .string(location), "url": .string(site.absolute(""))])
            } else {
                object["eventAttendanceMode"] = .string("https://schema.org/OfflineEventAttendanceMode")
                object["location"] = .object(["@type": .string("Place"), "name": .string(location), "address": .string(location)])
            }
        }
        if !workshop.organizers.isEmpty { object["organizer"] = .array(workshop.organizers.map(person)) }
        if !workshop.speakers.isEmpty { object["performer"] = .array(workshop.speakers.map(person)) }
        if !workshop.sponsors.isEmpty {
            object["sponsor"] = .array(workshop.sponsors.map { .object(["@type": .string("Organization"), "name": .string($0.name), "url": .string($0.url)]) })
        }
        return .object(object)
    }

    /// A paper: headline, authors in byline order, abstract, keywords, the
    /// workshop as the event it was presented at, its links.
    static func article(_ paper: Paper, workshop: Workshop, site: SiteFacts) -> JSONValue {
        // Members in the order `.object` writes them (keys sorted): made
        // for every page, so no dictionary is built and sorted.
        let title = paper.title.rendered.plain
        let links = PaperLinks(paper)
        let same = [links.openreview, links.code].compactMap { $0 }
        var members: [JSONMember] = [
            JSONMember("@context", .string("https://schema.org")),
            JSONMember("@type", .string("ScholarlyArticle")),
        ]
        members.reserveCapacity(12)
        if let abstract = paper.abstract?.rendered.plain { members.append(JSONMember("abstract", .string(abstract))) }
        members.append(JSONMember("author", .array(paper.authors.map(person))))
        members.append(JSONMember("datePublished", .string(workshop.date.description)))
        if let pdf = links.pdf {
            members.append(JSONMember("encoding", .sortedObject([
                JSONMember("@type", .string("MediaObject")),
                JSONMember("contentUrl", .string(pdf)),
                JSONMember("encodingFormat", .string("application/pdf")),
            ])))
        }
        members.append(JSONMember("headline", .string(title)))
        members.append(JSONMember("isPartOf", .sortedObject([
            JSONMember("@type", .string("Event")),
            JSONMember("name", .string(workshop.title)),
            JSONMember("url", .string(site.absolute(""))),
        ])))
        if !paper.keywords.isEmpty { members.append(JSONMember("keywords", .string(paper.keywords.joined(separator: ", ")))) }
        members.append(JSONMember("name", .string(title)))
        if !same.isEmpty { members.append(JSONMember("sameAs", .array(same.map(JSONValue.string)))) }
        members.append(JSONMember("url", .string(site.absolute(SiteFacts.paperPage(paper.id)))))
        return .sortedObject(members)
    }

    /// The JSON text to put inside `<script type="application/ld+json">`:
    /// `<`, `>` and `&` (which JSON holds only inside strings) as `\u003c`,
    /// `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or change the
    /// element, and U+2028/U+2029 escaped too.
    static func scriptText(_ value: JSONValue) -> String {
        String(decoding: value.serialized(forScript: true), as: UTF8.self)
    }

    /// `2021-12-14T08:00:00-05:00`: the instant at `zone`'s offset then.
    static func instant(_ date: Date, in zone: TimeZone) -> String {
        SiteDates.rfc3339(date, offset: zone.secondsFromGMT(for: date))
    }

    /// A location naming no place: "Virtual", "Online" (any case, anywhere
    /// in the text).
    static func isVirtual(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.contains("virtual") || lower.contains("online")
    }

    private static func person(_ person: Person) -> JSONValue {
        // Keys in sorted order, as in `article`.
        var members = [JSONMember("@type", .string("Person"))]
        if let affiliation = person.affiliation {
            members.append(JSONMember("affiliation", .sortedObject([JSONMember("@type", .string("Organization")), JSONMember("name", .string(affiliation))])))
        }
        if let family = person.name.family { members.append(JSONMember("familyName", .string(family))) }
        if let given = person.name.given { members.append(JSONMember("givenName", .string(given))) }
        members.append(JSONMember("name", .string(person.name.display)))
        if let url = person.url { members.append(JSONMember("url", .string(url))) }
        return .sortedObject(members)
    }
}
