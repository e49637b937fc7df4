/// Reads accepted papers from a CSV export with a header row (see
/// `CSVColumns` for the column names understood). One row a paper; rows
/// whose decision says rejected or withdrawn are left out.
enum CSVPapersReader {
    static func read(text: String, file: String, defaultPresentation: Presentation?, sink: DiagnosticSink) -> ImportedPapers {
        guard let table = CSVTable.parse(text, file: file, sink: sink) else { return ImportedPapers() }
        let columns = CSVColumns(header: table.header.fields)
        let headerAt = SourceLocation(file: file, line: table.header.line, column: 1)
        if !columns.ignored.isEmpty {
            sink.warning("ignored column\(columns.ignored.count == 1 ? "" : "s") \(columns.ignored.map { "\"\($0)\"" }.joined(separator: ", ")): dlde-export does not read \(columns.ignored.count == 1 ? "it" : "them")",
                         at: headerAt, keyPath: "")
        }
        var missing: [String] = []
        for field in [CSVColumns.Field.id, .title] where columns.index[field] == nil {
            missing.append(field.names.prefix(3).map { "\"\($0)\"" }.joined(separator: " or "))
        }
        if columns.index[.authors] == nil && !columns.hasPerAuthorColumns {
            missing.append("\"authors\" or \"Authors\" (or SoftConf's \"1: First Name\", \"1: Last Name\", ...)")
        }
        if !missing.isEmpty {
            for name in missing {
                sink.error("the CSV has no column \(name): it is required", at: headerAt, keyPath: "")
            }
            return ImportedPapers()
        }
        let presentationColumns: [CSVColumns.Field] = [.presentation, .decision, .track].filter { columns.index[$0] != nil }
        if presentationColumns.isEmpty && defaultPresentation == nil && !table.rows.isEmpty {
            sink.error("no column gives the presentation type (\"presentation\", \"Status\", \"Acceptance Status\", \"Decision\" or \"Track Name\"): add a \"presentation\" column, or import with a default: dlde-export import FILE --presentation poster",
                       at: headerAt, keyPath: "")
            return ImportedPapers()
        }
        var result = ImportedPapers()
        for row in table.rows {
            let reader = CSVRowReader(row: row, columns: columns, file: file, sink: sink)
            if let decision = reader.cell(.decision), PresentationText.isNotAccepted(decision) {
                result.skipped.append("row \(row.number) (\(reader.columnName(.decision)) \"\(decision)\")")
                continue
            }
            if let draft = reader.draft(defaultPresentation: defaultPresentation, presentationColumns: presentationColumns) {
                result.drafts.append(draft)
            }
        }
        return result
    }
}

/// Reads one CSV row into a paper draft.
struct CSVRowReader {
    let row: CSVTable.Row
    let columns: CSVColumns
    let file: String
    let sink: DiagnosticSink

    var location: SourceLocation { SourceLocation(file: file, line: row.line, column: 1) }

    func columnName(_ field: CSVColumns.Field) -> String { columns.name(of: field) ?? field.names[0] }

    func origin(_ column: String) -> ImportOrigin {
        ImportOrigin(location: location, description: "row \(row.number), column \"\(column)\"")
    }

    func raw(_ column: Int?) -> String? {
        guard let column, column < row.fields.count else { return nil }
        return row.fields[column]
    }

    func cell(_ field: CSVColumns.Field) -> String? { ImportText.value(raw(columns.index[field])) }

    private func error(_ message: String) {
        sink.error("row \(row.number): \(message)", at: location, keyPath: "")
    }

    func draft(defaultPresentation: Presentation?, presentationColumns: [CSVColumns.Field]) -> PaperDraft? {
        if row.fields.count > columns.header.count, row.fields[columns.header.count...].contains(where: { ImportText.value($0) != nil }) {
            error("\(row.fields.count) fields but the header names \(columns.header.count) columns: is a field with a comma not enclosed in quotes?")
            return nil
        }
        var draft = PaperDraft(origin: ImportOrigin(location: location, description: "row \(row.number)"))
        for (field, key) in [(CSVColumns.Field.id, "id"), (.title, "title"), (.abstract, "abstract"), (.keywords, "keywords"),
                             (.pdf, "pdf"), (.openreview, "openreview"), (.code, "code")] {
            if let name = columns.name(of: field) { draft.fieldOrigins[key] = origin(name) }
        }
        draft.id = cell(.id)
        draft.title = cell(.title)
        draft.abstract = ImportText.multiline(raw(columns.index[.abstract]))
        draft.keywords = cell(.keywords).map { ImportText.splitList($0, fallback: ",") } ?? []
        draft.pdf = cell(.pdf)
        draft.openreview = cell(.openreview)
        draft.code = cell(.code)
        readAuthors(into: &draft)
        readPresentation(into: &draft, defaultPresentation: defaultPresentation, columns: presentationColumns)

        var empty: [String] = []
        if draft.id == nil { empty.append(columnName(.id)) }
        if draft.title == nil { empty.append(columnName(.title)) }
        if draft.authors.isEmpty { empty.append(columns.hasPerAuthorColumns ? "1: Last Name" : columnName(.authors)) }
        for name in empty { error("column \"\(name)\" is empty; every paper needs one") }
        return empty.isEmpty && draft.presentation != nil ? draft : nil
    }

    private func readAuthors(into draft: inout PaperDraft) {
        if columns.hasPerAuthorColumns {
            for (_, author) in columns.perAuthor {
                let first = ImportText.value(raw(author.first)), middle = ImportText.value(raw(author.middle))
                let last = ImportText.value(raw(author.last))
                let given = [first, middle].compactMap { $0 }.joined(separator: " ")
                let name: PersonName
                if let last {
                    name = PersonName(given: given.isEmpty ? nil : given, family: last)
                } else if !given.isEmpty {
                    name = PersonName(given)
                } else {
                    continue
                }
                let index = draft.authors.count
                draft.fieldOrigins["authors[\(index)]"] = origin(columns.name(ofColumn: author.last ?? author.first!))
                if let column = author.email { draft.fieldOrigins["authors[\(index)].email"] = origin(columns.name(ofColumn: column)) }
                if let column = author.affiliation { draft.fieldOrigins["authors[\(index)].affiliation"] = origin(columns.name(ofColumn: column)) }
                draft.authors.append(AuthorDraft(name: name, affiliation: ImportText.value(raw(author.affiliation)), email: ImportText.value(raw(author.email))))
            }
            draft.fieldOrigins["authors"] = origin(columns.perAuthor.first.flatMap { $0.columns.last.map(columns.name(ofColumn:)) } ?? "1: Last Name")
            return
        }
        guard let text = cell(.authors) else { return }
        draft.fieldOrigins["authors"] = origin(columnName(.authors))
        draft.authors = AuthorListText.authors(in: text)
        guard let emailText = cell(.authorEmails) else { return }
        let emails = AuthorListText.emails(in: emailText)
        guard emails.count == draft.authors.count else {
            sink.warning("row \(row.number): \(draft.authors.count) author\(draft.authors.count == 1 ? "" : "s") but \(emails.count) address\(emails.count == 1 ? "" : "es") in column \"\(columnName(.authorEmails))\"; the addresses are left out",
                         at: location, keyPath: "")
            return
        }
        for index in emails.indices {
            draft.authors[index].email = emails[index]
            draft.fieldOrigins["authors[\(index)].email"] = origin(columnName(.authorEmails))
        }
    }

    /// From the first of `presentation`, decision and track columns whose
    /// value names a type; a `presentation` value that names none is passed
    /// on so the papers.yaml rules report it.
    private func readPresentation(into draft: inout PaperDraft, defaultPresentation: Presentation?, columns fields: [CSVColumns.Field]) {
        for field in fields {
            guard let value = cell(field) else { continue }
            draft.fieldOrigins["presentation"] = origin(columnName(field))
            if let found = PresentationText.presentation(in: value) {
                draft.presentation = found.rawValue
                return
            }
            if field == .presentation {
                draft.presentation = value
                return
            }
        }
        if let defaultPresentation {
            draft.presentation = defaultPresentation.rawValue
            return
        }
        let said = fields.compactMap { field in cell(field).map { "\"\(columnName(field))\" says \"\($0)\"" } }
        error("cannot tell the presentation type: \(said.isEmpty ? "its presentation columns are empty" : said.joined(separator: ", ")), which names none of oral/contributed talk, spotlight, poster; add a \"presentation\" column, or import with a default: dlde-export import FILE --presentation poster")
    }
}
