import Foundation
@testable import DLDEExport

/// Compares what pybtex read back with the model the file was written from.
enum BibTeXModelComparison {
    /// Every difference between `entries` and `workshop`, as sentences;
    /// empty when each field reads back as the model says.
    static func differences(_ entries: [BibTeXConsumers.ReadEntry], workshop: Workshop, abstracts: Bool) -> [String] {
        var problems: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { problems.append(message()) }
        }
        guard entries.count == workshop.papers.count + 1 else {
            return ["expected \(workshop.papers.count + 1) entries, read \(entries.count)"]
        }
        let monthName = englishMonths[workshop.date.month - 1]

        let proceedings = entries[0]
        check(proceedings.type == "proceedings", "first entry is @\(proceedings.type)")
        check(proceedings.key == workshop.id, "workshop key is \(proceedings.key)")
        let workshopTitle = BibTeXConsumers.comparableReadBack(proceedings.text("title") ?? "")
        check(workshopTitle.contains(expected(workshop.title)) && workshopTitle.contains(expected(workshop.venue)),
              "workshop title '\(workshopTitle)' lacks '\(expected(workshop.title))' or '\(expected(workshop.venue))'")
        problems += names(proceedings.persons["editor"] ?? [], workshop.organizers, what: "editor")
        check(proceedings.text("year") == String(workshop.year), "workshop year")
        check(proceedings.text("month") == monthName, "workshop month \(proceedings.text("month") ?? "none")")
        check(proceedings.text("url") == workshop.url, "workshop url \(proceedings.text("url") ?? "none")")
        check(proceedings.text("note") == "Non-archival", "workshop note")

        var keys: Set<String> = [proceedings.key]
        for (paper, entry) in zip(workshop.papers, entries.dropFirst()) {
            let who = "paper \(paper.id) (\(entry.key))"
            check(entry.type == "inproceedings", "\(who): type \(entry.type)")
            check(keys.insert(entry.key).inserted, "\(who): duplicate key")
            check(entry.key.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D },
                  "\(who): key is not lower-case ASCII")
            let title = BibTeXConsumers.comparableReadBack(entry.text("title") ?? "")
            check(title == expected(paper.title.source), "\(who): title reads '\(title)', model '\(expected(paper.title.source))'")
            problems += names(entry.persons["author"] ?? [], paper.authors, what: "\(who): author")
            let booktitle = BibTeXConsumers.comparableReadBack(entry.text("booktitle") ?? "")
            check(booktitle == workshopTitle, "\(who): booktitle '\(booktitle)'")
            check(entry.text("year") == String(workshop.year), "\(who): year")
            check(entry.text("month") == monthName, "\(who): month \(entry.text("month") ?? "none")")
            check(entry.text("address") == workshop.location.map(expected), "\(who): address")
            check(entry.text("note") == "Non-archival", "\(who): note")
            let url = entry.text("url")
            if let pdf = paper.pdf {
                check(url?.removingPercentEncoding == pdf.removingPercentEncoding, "\(who): url \(url ?? "none") for \(pdf)")
            } else if let forum = paper.openreview {
                check(url == "https://openreview.net/forum?id=\(forum)", "\(who): url \(url ?? "none") for forum \(forum)")
            } else {
                check(url == nil, "\(who): url without a PDF or forum")
            }
            if abstracts, let abstract = paper.abstract {
                let read = BibTeXConsumers.comparableReadBack(entry.text("abstract") ?? "")
                check(read == expected(abstract.rendered.plain), "\(who): abstract reads '\(read)', model '\(expected(abstract.rendered.plain))'")
            } else {
                check(entry.text("abstract") == nil, "\(who): abstract without --abstracts or in the model")
            }
            if abstracts && !paper.keywords.isEmpty {
                let read = (entry.list("keywords") ?? []).map(BibTeXConsumers.comparableReadBack)
                check(read == paper.keywords.map(expected), "\(who): keywords \(read)")
            } else {
                check(entry.list("keywords") == nil, "\(who): keywords without --abstracts or in the model")
            }
            let empty = entry.raw.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }
            check(empty.isEmpty, "\(who): empty fields \(empty.keys.sorted())")
        }
        return problems
    }

    /// Names read back against the people of the model: the parts must be
    /// the model's (`NameParts`), and given + family must spell the name.
    static func names(_ read: [BibTeXConsumers.ReadEntry.Name], _ people: [Person], what: String) -> [String] {
        guard read.count == people.count else { return ["\(what): \(read.count) names for \(people.count) people"] }
        var problems: [String] = []
        for (name, person) in zip(read, people) {
            let parts = NameParts(person.name)
            let readFamily = BibTeXConsumers.comparableReadBack(name.family)
            let readGiven = BibTeXConsumers.comparableReadBack(name.given)
            if readFamily != literal(parts.family) || readGiven != literal(parts.given)
                || BibTeXConsumers.comparableReadBack(name.suffix) != literal(parts.suffix ?? "") {
                problems.append("\(what) '\(person.name.display)' reads as family '\(readFamily)', given '\(readGiven)', suffix '\(name.suffix)'")
            }
            if !person.name.display.contains(",") {
                let spelled = [readGiven, readFamily, name.suffix].filter { !$0.isEmpty }.joined(separator: " ")
                if spelled != literal(person.name.display) {
                    problems.append("\(what) '\(person.name.display)' spells '\(spelled)'")
                }
            }
        }
        return problems
    }

    /// A name as it must read back: every character literal (names hold
    /// no math and no BibTeX grouping), ligatures folded.
    static func literal(_ text: String) -> String {
        BibTeXConsumers.comparable(text, math: false)
    }

    /// The model's text as it must read back: input braces that balance
    /// are BibTeX grouping (dropped on reading), ligatures folded.
    static func expected(_ text: String) -> String {
        // A brace after a backslash is a literal brace; the other braces
        // are groups when they balance over the prose (math left out).
        func isLiteral(_ characters: [Character], _ index: Int) -> Bool { index > 0 && characters[index - 1] == "\\" }
        var prose = ""
        for case .text(let piece) in MathScanner.segments(text) { prose += piece }
        let proseCharacters = Array(prose)
        var depth = 0, balanced = true
        for (index, character) in proseCharacters.enumerated() where !isLiteral(proseCharacters, index) {
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1; if depth < 0 { balanced = false } }
        }
        balanced = balanced && depth == 0
        var shown = ""
        for segment in MathScanner.segments(text) {
            switch segment {
            case .text(let piece):
                let characters = Array(piece)
                for (index, character) in characters.enumerated() {
                    let next = index + 1 < characters.count ? characters[index + 1] : nil
                    if character == "\\", next == "{" || next == "}" { continue }
                    if balanced, character == "{" || character == "}", !isLiteral(characters, index) { continue }
                    shown.append(character)
                }
            case .math(let span): shown += span.source
            }
        }
        return BibTeXConsumers.comparable(shown)
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
}
