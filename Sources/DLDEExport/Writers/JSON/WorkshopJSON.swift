import Foundation

/// `workshop.json`: the checked, normalised model with the input's key names
/// (keys sorted), every slot with its resolved `end` and its instants as
/// `start_utc`/`end_utc`, and the papers under `papers`.
public enum WorkshopJSON {
    public static func render(_ workshop: Workshop) -> Data {
        var data = Data()
        _ = write(workshop) { chunk in
            data.append(contentsOf: chunk)
            return true
        }
        return data
    }

    /// Writes the text in chunks of about `chunkSize` bytes to `emit`, each
    /// paper's object made, written and dropped in turn: the whole text and
    /// a tree of every paper are never held (tens of megabytes at 10,000
    /// papers). The same text as `workshopObject(_:)` serialised with the
    /// papers in it. False as soon as `emit` returns false.
    static func write(_ workshop: Workshop, chunkSize: Int = 1 << 16, to emit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        return withoutActuallyEscaping(emit) { emit in
            var chunks = ByteChunks(size: chunkSize, sink: emit)
            return write(workshop, into: &chunks)
        }
    }

    private static func write(_ workshop: Workshop, into chunks: inout ByteChunks) -> Bool {
        guard case .object(var members) = workshopObject(workshop, papers: false) else { return false }
        members["papers"] = .array([])
        chunks.bytes.append(UInt8(ascii: "{"))
        for (index, key) in members.keys.sorted().enumerated() {
            if index > 0 { chunks.bytes.append(UInt8(ascii: ",")) }
            JSONValue.newline(&chunks.bytes, 1)
            JSONValue.writeString(key, into: &chunks.bytes, forScript: false)
            chunks.bytes += " : ".utf8
            guard key == "papers", !workshop.papers.isEmpty else {
                members[key]!.write(into: &chunks.bytes, indent: 1, forScript: false)
                continue
            }
            // As `JSONValue.array` writes it, one paper at a time.
            chunks.bytes.append(UInt8(ascii: "["))
            for (index, paper) in workshop.papers.enumerated() {
                if index > 0 { chunks.bytes.append(UInt8(ascii: ",")) }
                JSONValue.newline(&chunks.bytes, 2)
                Self.paper(paper).write(into: &chunks.bytes, indent: 2, forScript: false)
                guard chunks.flushWhenFull() else { return false }
            }
            JSONValue.newline(&chunks.bytes, 1)
            chunks.bytes.append(UInt8(ascii: "]"))
        }
        JSONValue.newline(&chunks.bytes, 0)
        chunks.bytes += "}\n".utf8
        return chunks.flush()
    }

    /// The whole workshop as one value; without its papers' objects unless
    /// `papers` (`write` streams them).
    static func workshopObject(_ w: Workshop, papers: Bool = true) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(w.id), "title": .string(w.title), "short_title": .string(w.shortTitle),
            "venue": .string(w.venue), "year": .int(w.year), "url": .string(w.url), "timezone": .string(w.timezone),
            "extra_timezones": .strings(w.extraTimezones), "date": .string(w.date.description),
            "contact": .array(w.contact.map { .object(["name": .string($0.name), "email": .string($0.email)]) }),
            "important_dates": .array(w.importantDates.map(importantDate)),
            "speakers": .array(w.speakers.map(person)), "organizers": .array(w.organizers.map(person)),
            "sponsors": .array(w.sponsors.map(sponsor)), "schedule": .array(w.schedule.map(slot)),
            "announcements": .array(w.announcements.map(announcement)),
            "generator": .object(["name": .string(ToolVersion.name), "version": .string(ToolVersion.number)]),
        ]
        if papers { object["papers"] = .array(w.papers.map(paper)) }
        object["location"] = w.location.map(JSONValue.string)
        object["mailing_list"] = w.mailingList.map(JSONValue.string)
        object["introduction"] = w.introduction.map { .string($0.source) }
        object["call_for_papers"] = w.callForPapers.map { .string($0.source) }
        return .object(object)
    }

    // A paper and its people are made for every paper: their members are
    // listed in the order `.object` writes them (keys sorted), with no
    // dictionary to build and sort (`JSONValue.sortedObject`).

    static func name(_ name: PersonName) -> JSONValue {
        guard let family = name.family else { return .string(name.display) }
        var parts = [JSONMember("family", .string(family))]
        if let given = name.given { parts.append(JSONMember("given", .string(given))) }
        return .sortedObject(parts)
    }

    static func person(_ p: Person) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(7)
        if let affiliation = p.affiliation { members.append(JSONMember("affiliation", .string(affiliation))) }
        if let bio = p.bio { members.append(JSONMember("bio", .string(bio.source))) }
        if let email = p.email { members.append(JSONMember("email", .string(email))) }
        members.append(JSONMember("id", .string(p.id)))
        members.append(JSONMember("name", name(p.name)))
        if let photo = p.photo { members.append(JSONMember("photo", .string(photo.path))) }
        if let url = p.url { members.append(JSONMember("url", .string(url))) }
        return .sortedObject(members)
    }

    static func sponsor(_ s: Sponsor) -> JSONValue {
        var object: [String: JSONValue] = ["name": .string(s.name), "url": .string(s.url)]
        object["logo"] = s.logo.map { .string($0.path) }
        return .object(object)
    }

    static func importantDate(_ d: ImportantDate) -> JSONValue {
        switch d.at {
        case .day(let day): return .object(["label": .string(d.label), "at": .string(day.description)])
        case .instant(let stamp): return .object(["label": .string(d.label), "at": .string(stamp.text)])
        }
    }

    static func slot(_ s: Slot) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(s.id), "start": .string(s.start.description), "end": .string(s.end.description),
            "kind": .string(s.kind.rawValue), "papers": .strings(s.papers),
            "start_utc": .string(RFC3339.utc(s.startInstant)), "end_utc": .string(RFC3339.utc(s.endInstant)),
        ]
        object["title"] = s.title.map { .string($0.source) }
        object["title_text"] = s.title.map { .string($0.rendered.plain) }
        object["speaker"] = s.speaker.map(JSONValue.string)
        object["slides"] = s.slides.map(JSONValue.string)
        object["recording"] = s.recording.map(JSONValue.string)
        return .object(object)
    }

    static func announcement(_ a: Announcement) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(a.id), "date": .string(a.date.text), "subject": .string(a.subject), "kind": .string(a.kind.rawValue),
        ]
        object["body"] = a.body.map { .string($0.source) }
        if !a.isPublic { object["to"] = .string(a.to.rawValue) }
        return .object(object)
    }

    static func paper(_ p: Paper) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(10)
        if let abstract = p.abstract { members.append(JSONMember("abstract", .string(abstract.source))) }
        members.append(JSONMember("authors", .array(p.authors.map(person))))
        if let code = p.code { members.append(JSONMember("code", .string(code))) }
        members.append(JSONMember("id", .string(p.id)))
        members.append(JSONMember("keywords", .strings(p.keywords)))
        if let openreview = p.openreview { members.append(JSONMember("openreview", .string(openreview))) }
        if let pdf = p.pdf { members.append(JSONMember("pdf", .string(pdf))) }
        members.append(JSONMember("presentation", .string(p.presentation.rawValue)))
        members.append(JSONMember("title", .string(p.title.source)))
        members.append(JSONMember("title_text", .string(p.title.rendered.plain)))
        return .sortedObject(members)
    }
}
