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

    static func name(_ name: PersonName) -> JSONValue {
        guard let family = name.family else { return .string(name.display) }
        var parts: [String: JSONValue] = ["family": .string(family)]
        parts["given"] = name.given.map(JSONValue.string)
        return .object(parts)
    }

    static func person(_ p: Person) -> JSONValue {
        var object: [String: JSONValue] = ["id": .string(p.id), "name": name(p.name)]
        object["affiliation"] = p.affiliation.map(JSONValue.string)
        object["url"] = p.url.map(JSONValue.string)
        object["email"] = p.email.map(JSONValue.string)
        object["bio"] = p.bio.map { .string($0.source) }
        object["photo"] = p.photo.map { .string($0.path) }
        return .object(object)
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
        var object: [String: JSONValue] = [
            "id": .string(p.id), "title": .string(p.title.source), "title_text": .string(p.title.rendered.plain), "authors": .array(p.authors.map(person)),
            "keywords": .strings(p.keywords), "presentation": .string(p.presentation.rawValue),
        ]
        object["abstract"] = p.abstract.map { .string($0.source) }
        object["pdf"] = p.pdf.map(JSONValue.string)
        object["openreview"] = p.openreview.map(JSONValue.string)
        object["code"] = p.code.map(JSONValue.string)
        return .object(object)
    }
}
