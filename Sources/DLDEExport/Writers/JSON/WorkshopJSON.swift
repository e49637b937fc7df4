import Foundation

/// `workshop.json`: the checked, normalised model with the input's key names
/// (keys sorted), every slot with its resolved `end` and its instants as
/// `start_utc`/`end_utc`, and the papers under `papers`.
public enum WorkshopJSON {
    public static func render(_ workshop: Workshop) throws(ExportError) -> Data {
        let object = workshopObject(workshop)
        do {
            var data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            data.append(0x0A)
            return data
        } catch {
            throw .internalError("JSON serialisation failed: \(error)")
        }
    }

    static func workshopObject(_ w: Workshop) -> [String: Any] {
        var object: [String: Any] = [
            "id": w.id, "title": w.title, "short_title": w.shortTitle, "venue": w.venue, "year": w.year,
            "url": w.url, "timezone": w.timezone, "extra_timezones": w.extraTimezones, "date": w.date.description,
            "contact": w.contact.map { ["name": $0.name, "email": $0.email] },
            "important_dates": w.importantDates.map(importantDate),
            "speakers": w.speakers.map(person), "organizers": w.organizers.map(person),
            "sponsors": w.sponsors.map(sponsor), "schedule": w.schedule.map(slot),
            "announcements": w.announcements.map(announcement), "papers": w.papers.map(paper),
        ]
        object["location"] = w.location
        object["mailing_list"] = w.mailingList
        object["introduction"] = w.introduction?.source
        object["call_for_papers"] = w.callForPapers?.source
        return object
    }

    static func name(_ name: PersonName) -> Any {
        guard let family = name.family else { return name.display }
        var parts: [String: Any] = ["family": family]
        parts["given"] = name.given
        return parts
    }

    static func person(_ p: Person) -> [String: Any] {
        var object: [String: Any] = ["id": p.id, "name": name(p.name)]
        object["affiliation"] = p.affiliation
        object["url"] = p.url
        object["email"] = p.email
        object["bio"] = p.bio?.source
        return object
    }

    static func sponsor(_ s: Sponsor) -> [String: Any] {
        var object: [String: Any] = ["name": s.name, "url": s.url]
        object["logo"] = s.logo
        return object
    }

    static func importantDate(_ d: ImportantDate) -> [String: Any] {
        switch d.at {
        case .day(let day): return ["label": d.label, "at": day.description]
        case .instant(let stamp): return ["label": d.label, "at": stamp.text]
        }
    }

    static func slot(_ s: Slot) -> [String: Any] {
        var object: [String: Any] = [
            "id": s.id, "start": s.start.description, "end": s.end.description, "kind": s.kind.rawValue,
            "papers": s.papers, "start_utc": RFC3339.utc(s.startInstant), "end_utc": RFC3339.utc(s.endInstant),
        ]
        object["title"] = s.title?.source
        object["speaker"] = s.speaker
        object["slides"] = s.slides
        object["recording"] = s.recording
        return object
    }

    static func announcement(_ a: Announcement) -> [String: Any] {
        var object: [String: Any] = ["id": a.id, "date": a.date.text, "subject": a.subject, "kind": a.kind.rawValue]
        object["body"] = a.body?.source
        return object
    }

    static func paper(_ p: Paper) -> [String: Any] {
        var object: [String: Any] = [
            "id": p.id, "title": p.title.source, "authors": p.authors.map(person),
            "keywords": p.keywords, "presentation": p.presentation.rawValue,
        ]
        object["abstract"] = p.abstract?.source
        object["pdf"] = p.pdf
        object["openreview"] = p.openreview
        object["code"] = p.code
        return object
    }
}
