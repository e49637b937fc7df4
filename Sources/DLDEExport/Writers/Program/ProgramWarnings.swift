/// Warnings about what the PDF program cannot show.
enum ProgramWarnings {
    static func unsupportedCharacters(in workshop: Workshop) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        func check(_ texts: [String?], _ what: String, keyPath: String) {
            if let warning = Self.warning(texts.compactMap { $0 }, what, keyPath: keyPath) { warnings.append(warning) }
        }
        func personTexts(_ person: Person) -> [String?] {
            [person.name.display, person.affiliation, person.bio?.source]
        }
        check([workshop.title, workshop.shortTitle, workshop.venue, workshop.location, workshop.introduction?.source]
              + workshop.contact.map(\.name) + workshop.importantDates.map(\.label) + workshop.sponsors.map(\.name),
              "the workshop", keyPath: "workshop")
        for (index, speaker) in workshop.speakers.enumerated() {
            check(personTexts(speaker), "speaker '\(speaker.name.display)'", keyPath: "speakers[\(index)]")
        }
        for (index, organizer) in workshop.organizers.enumerated() {
            check(personTexts(organizer), "organizer '\(organizer.name.display)'", keyPath: "organizers[\(index)]")
        }
        for (index, slot) in workshop.schedule.enumerated() {
            check([slot.title?.source], "slot '\(slot.id)'", keyPath: "schedule[\(index)].title")
        }
        // Papers on every core (normalising thousands of abstracts), in order;
        // each warning names the field. The names are made only for a warning.
        warnings += Parallel.mapChunks(workshop.papers) { papers in
            var found: [Diagnostic] = []
            for paper in papers {
                func check(_ texts: [String], _ field: @autoclosure () -> String) {
                    if let warning = Self.warning(texts, "paper '\(paper.id)', \(field())", keyPath: "papers[id=\(paper.id)].\(field())") {
                        found.append(warning)
                    }
                }
                check([paper.title.source], "title")
                if let abstract = paper.abstract { check([abstract.source], "abstract") }
                // As one text: the keywords with spaces between them.
                check(paper.keywords, "keywords")
                for (index, author) in paper.authors.enumerated() {
                    check([author.name.display], "authors[\(index)].name")
                    if let affiliation = author.affiliation { check([affiliation], "authors[\(index)].affiliation") }
                }
            }
            return found
        }
        return warnings
    }

    /// The warning for one thing whose `texts` hold characters the PDF
    /// cannot set; `what` and `keyPath` are made only for a warning.
    private static func warning(_ texts: [String], _ what: @autoclosure () -> String, keyPath: @autoclosure () -> String) -> Diagnostic? {
        var missing: [Unicode.Scalar] = []
        for text in texts {
            for scalar in LaTeXCharacters.unsupported(in: text) where !missing.contains(scalar) { missing.append(scalar) }
        }
        guard !missing.isEmpty else { return nil }
        let names = missing.prefix(8).map { "'\(Character($0))' \(LaTeXCharacters.name($0))" }.joined(separator: ", ")
        let more = missing.count > 8 ? " and \(missing.count - 8) more" : ""
        return Diagnostic(.warning, "\(what()): program.pdf shows \(names)\(more) \(missing.count == 1 ? "as a box" : "as boxes"), as no font of the booklet has \(missing.count == 1 ? "it" : "them"); the HTML program shows \(missing.count == 1 ? "it" : "them")", at: nil, keyPath: keyPath())
    }
}
