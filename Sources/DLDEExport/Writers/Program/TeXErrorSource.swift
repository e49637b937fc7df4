import Foundation

/// Finds which field of the model holds the text on the line of
/// `program.tex` where XeLaTeX stopped. The usual cause is TeX math that
/// the checks let through but TeX rejects, such as `$a_b_c$` (a double
/// subscript): the organiser then hears which paper to fix, not that the
/// tool failed. Math is blamed only when TeX stopped inside math; anywhere
/// else the message quotes the Markdown line and asks for a report.
enum TeXErrorSource {
    /// A Markdown or inline field of the model, as the booklet's LaTeX.
    struct Field {
        var keyPath: String
        var what: String
        var latex: String
        /// The field as written (Markdown), quoted when TeX fails outside math.
        var source = ""
    }

    /// `error` as an error in the input, or nil when its line is not text
    /// from the model (then a template is at fault).
    static func explain(_ error: TeXError, latex: String, workshop: Workshop) -> ExportError? {
        guard let number = error.line else { return nil }
        let lines = latex.components(separatedBy: "\n")
        guard number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1].trimmingCharacters(in: .whitespaces)
        guard let field = field(holding: line, in: workshop) else { return nil }
        let start = "program.pdf cannot be made: XeLaTeX stops at \(field.what) with '\(error.message)' near '\(error.excerpt)'; "
        let kept = "(the other outputs do not need TeX; the LaTeX run is kept in \(error.folder))"
        let message: String
        if stopsInMath(lines[number - 1], before: error.before) {
            message = start + "correct the TeX math there " + kept
        } else {
            let quoted = sourceLine(of: field, near: error.before).map { "the Markdown there is '\($0)': " } ?? ""
            message = start + quoted + "dlde-export cannot typeset this construct yet; please report it, and simplify that Markdown meanwhile " + kept
        }
        return .invalidInput([Diagnostic(.error, message, at: nil, keyPath: field.keyPath)])
    }

    /// The field one of whose paragraphs is `line` (a Markdown block), or
    /// else the longest field that `line` holds whole (a title inside a
    /// template line).
    static func field(holding line: String, in workshop: Workshop) -> Field? {
        guard line.count >= 3 else { return nil }
        var longest: (field: Field, length: Int)?
        for field in fields(of: workshop) {
            let text = LaTeXCharacters.typeset(field.latex)
            let paragraphs = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if line.count >= 12, paragraphs.contains(where: { $0.contains(line) }) { return field }
            let whole = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if whole.count >= 3, line.contains(whole), whole.count > longest?.length ?? 0 {
                longest = (field, whole.count)
            }
        }
        return longest?.field
    }

    /// True when TeX stopped inside math on `line`: an odd number of `$`,
    /// or `\(`/`\[` not yet closed, before the error point. `before` is the
    /// text TeX showed up to that point (its start may be cut to `...`).
    static func stopsInMath(_ line: String, before: String) -> Bool {
        var shown = Substring(before)
        if shown.hasPrefix("...") { shown = shown.dropFirst(3) }
        let prefix: Substring
        if shown.isEmpty {
            prefix = Substring(line)
        } else if let range = line.range(of: shown) {
            prefix = line[..<range.upperBound]
        } else {
            prefix = Substring(line)
        }
        var inMath = false
        var characters = prefix.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if character == "\\" {
                switch characters.next() {
                case "(", "[": inMath = true
                case ")", "]": inMath = false
                default: break
                }
            } else if character == "$" {
                let next = characters.next()
                if next != "$" { pending = next }
                inMath.toggle()
            }
        }
        return inMath
    }

    /// The line of `field`'s Markdown holding the last word of four or more
    /// letters that TeX showed before the error point, cut to 80 characters.
    static func sourceLine(of field: Field, near before: String) -> String? {
        let words = before.split { !$0.isLetter }.filter { $0.count >= 4 && !before.contains("\\" + $0) }
        for word in words.reversed() {
            if let line = field.source.split(separator: "\n").first(where: { $0.contains(word) }) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.count > 80 ? String(trimmed.prefix(77)) + "..." : trimmed
            }
        }
        return nil
    }

    static func fields(of workshop: Workshop) -> [Field] {
        var fields: [Field] = []
        if let introduction = workshop.introduction {
            fields.append(Field(keyPath: "introduction", what: "the workshop's introduction", latex: introduction.rendered.latex, source: introduction.source))
        }
        for (index, slot) in workshop.schedule.enumerated() {
            if let title = slot.title {
                fields.append(Field(keyPath: "schedule[\(index)].title", what: "the title of slot '\(slot.id)'", latex: title.rendered.latex, source: title.source))
            }
        }
        for (list, people) in [("speakers", workshop.speakers), ("organizers", workshop.organizers)] {
            for (index, person) in people.enumerated() {
                if let bio = person.bio {
                    fields.append(Field(keyPath: "\(list)[\(index)].bio", what: "the bio of '\(person.name.display)'", latex: bio.rendered.latex, source: bio.source))
                }
            }
        }
        for paper in workshop.papers {
            fields.append(Field(keyPath: "papers[id=\(paper.id)].title", what: "the title of paper '\(paper.id)'", latex: paper.title.rendered.latex, source: paper.title.source))
            if let abstract = paper.abstract {
                fields.append(Field(keyPath: "papers[id=\(paper.id)].abstract", what: "the abstract of paper '\(paper.id)'", latex: abstract.rendered.latex, source: abstract.source))
            }
        }
        return fields
    }
}
