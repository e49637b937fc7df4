import Foundation

/// Finds which field of the model holds the text on the line of
/// `program.tex` where XeLaTeX stopped. The usual cause is TeX math that
/// the checks let through but TeX rejects, such as `$a_b_c$` (a double
/// subscript): the organiser then hears which paper to fix, not that the
/// tool failed.
enum TeXErrorSource {
    /// A Markdown or inline field of the model, as the booklet's LaTeX.
    struct Field {
        var keyPath: String
        var what: String
        var latex: String
    }

    /// `error` as an error in the input, or nil when its line is not text
    /// from the model (then a template is at fault).
    static func explain(_ error: TeXError, latex: String, workshop: Workshop) -> ExportError? {
        guard let number = error.line else { return nil }
        let lines = latex.components(separatedBy: "\n")
        guard number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1].trimmingCharacters(in: .whitespaces)
        guard let field = field(holding: line, in: workshop) else { return nil }
        let message = "program.pdf cannot be made: XeLaTeX stops at \(field.what) with '\(error.message)' near '\(error.excerpt)'; "
            + "correct the TeX math there (the other outputs do not need TeX; the LaTeX run is kept in \(error.folder))"
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

    static func fields(of workshop: Workshop) -> [Field] {
        var fields: [Field] = []
        if let introduction = workshop.introduction {
            fields.append(Field(keyPath: "introduction", what: "the workshop's introduction", latex: introduction.rendered.latex))
        }
        for (index, slot) in workshop.schedule.enumerated() {
            if let title = slot.title {
                fields.append(Field(keyPath: "schedule[\(index)].title", what: "the title of slot '\(slot.id)'", latex: title.rendered.latex))
            }
        }
        for (list, people) in [("speakers", workshop.speakers), ("organizers", workshop.organizers)] {
            for (index, person) in people.enumerated() {
                if let bio = person.bio {
                    fields.append(Field(keyPath: "\(list)[\(index)].bio", what: "the bio of '\(person.name.display)'", latex: bio.rendered.latex))
                }
            }
        }
        for paper in workshop.papers {
            fields.append(Field(keyPath: "papers[id=\(paper.id)].title", what: "the title of paper '\(paper.id)'", latex: paper.title.rendered.latex))
            if let abstract = paper.abstract {
                fields.append(Field(keyPath: "papers[id=\(paper.id)].abstract", what: "the abstract of paper '\(paper.id)'", latex: abstract.rendered.latex))
            }
        }
        return fields
    }
}
