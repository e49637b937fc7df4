import Foundation

/// Reads one OpenReview note into a paper draft.
struct OpenReviewNoteReader {
    enum Outcome {
        case paper(PaperDraft)
        case notAccepted(String)
        case failed
    }

    /// The note's key path in the file: `notes[3]` or `[3]`.
    let path: String
    let note: Any
    let file: String
    let positions: [String: JSONLocator.Position]
    let sink: DiagnosticSink

    private var object: [String: Any] { note as? [String: Any] ?? [:] }
    private var content: [String: Any] { object["content"] as? [String: Any] ?? [:] }
    private var noteID: String? { (object["forum"] as? String).flatMap(ImportText.value) ?? (object["id"] as? String).flatMap(ImportText.value) }

    /// `notes[3] (id "abc")`, or `note [3] (id "abc")` in a bare list: how
    /// messages name the note.
    var name: String {
        let index = path.hasPrefix("[") ? "note \(path)" : path
        return noteID.map { "\(index) (id \"\($0)\")" } ?? index
    }

    private func location(_ subpath: String) -> SourceLocation {
        var key = subpath.isEmpty ? path : "\(path).\(subpath)"
        while positions[key] == nil, let cut = key.lastIndex(where: { $0 == "." || $0 == "[" }) {
            key = String(key[..<cut])
        }
        let position = positions[key] ?? JSONLocator.Position(line: 1, column: 1)
        return SourceLocation(file: file, line: position.line, column: position.column)
    }

    private func origin(_ subpath: String) -> ImportOrigin {
        ImportOrigin(location: location(subpath), description: subpath.isEmpty ? name : "\(name), \(subpath)")
    }

    private func error(_ message: String, at subpath: String = "") {
        sink.error("\(name): \(message)", at: location(subpath), keyPath: "")
    }

    /// A content value, unwrapped from API v2's `{"value": ...}`, and the
    /// key path of the plain value.
    private func value(_ key: String) -> (Any, String)? {
        guard let raw = content[key], !(raw is NSNull) else { return nil }
        if let wrapper = raw as? [String: Any], wrapper.keys.contains("value") {
            guard let inner = wrapper["value"], !(inner is NSNull) else { return nil }
            return (inner, "content.\(key).value")
        }
        return (raw, "content.\(key)")
    }

    private func hasWrongType(_ key: String) -> Bool {
        guard let (raw, _) = value(key) else { return false }
        return !(raw is String) && !(raw is [Any])
    }

    private func text(_ key: String) -> (String, String)? {
        guard let (raw, subpath) = value(key) else { return nil }
        guard let string = raw as? String else {
            error("\(subpath) should be text", at: subpath)
            return nil
        }
        return ImportText.value(string).map { ($0, subpath) }
    }

    private func list(_ key: String) -> ([String], String)? {
        guard let (raw, subpath) = value(key) else { return nil }
        if let string = raw as? String { return (ImportText.splitList(string, fallback: ","), subpath) }
        guard let items = raw as? [Any] else {
            error("\(subpath) should be a list of text", at: subpath)
            return nil
        }
        return (items.map { ($0 as? String).flatMap(ImportText.value) ?? "" }, subpath)
    }

    func draft(defaultPresentation: Presentation?) -> Outcome {
        guard note is [String: Any] else {
            error("expected a note (a JSON object)")
            return .failed
        }
        guard object["content"] is [String: Any] else {
            error("the note has no \"content\" object")
            return .failed
        }
        let decisions = decisionTexts()
        if let rejected = decisions.first(where: { PresentationText.isNotAccepted($0.0) }) {
            return .notAccepted("\(rejected.1) \"\(rejected.0)\"")
        }
        var draft = PaperDraft(origin: origin(""))
        draft.id = noteID
        draft.openreview = noteID
        draft.fieldOrigins["id"] = origin(object["forum"] is String ? "forum" : "id")
        draft.fieldOrigins["openreview"] = draft.fieldOrigins["id"]
        if let (title, at) = text("title") { (draft.title, draft.fieldOrigins["title"]) = (title, origin(at)) }
        if let (abstract, at) = value("abstract"), let string = abstract as? String {
            (draft.abstract, draft.fieldOrigins["abstract"]) = (ImportText.multiline(string), origin(at))
        }
        if let (pdf, at) = text("pdf") { (draft.pdf, draft.fieldOrigins["pdf"]) = (ImportText.openReviewURL(pdf), origin(at)) }
        if let (code, at) = text("code") { (draft.code, draft.fieldOrigins["code"]) = (code, origin(at)) }
        if let (keywords, at) = list("keywords") {
            (draft.keywords, draft.fieldOrigins["keywords"]) = (keywords.filter { !$0.isEmpty }, origin(at))
        }
        readAuthors(into: &draft)
        if let found = decisions.lazy.compactMap({ text, at in PresentationText.presentation(in: text).map { ($0, at) } }).first {
            draft.presentation = found.0.rawValue
            draft.fieldOrigins["presentation"] = origin(found.1)
        } else if let defaultPresentation {
            draft.presentation = defaultPresentation.rawValue
        } else {
            let said = decisions.map { "\($0.1) says \"\($0.0)\"" }
            error("cannot tell the presentation type: \(said.isEmpty ? "the note has no venue or decision" : said.joined(separator: ", ") + ", which names none of oral/contributed talk, spotlight, poster"); import with a default: dlde-export import FILE --presentation poster",
                  at: decisions.first?.1 ?? "")
        }
        var complete = true
        if draft.id == nil { error("the note has no \"forum\" or \"id\""); complete = false }
        // A value of the wrong type was reported where it was read.
        if draft.title == nil { complete = false; if !hasWrongType("title") { error("content.title is missing or empty", at: "content") } }
        if draft.authors.isEmpty { complete = false; if !hasWrongType("authors") { error("content.authors is missing or empty", at: "content") } }
        return complete && draft.presentation != nil ? .paper(draft) : .failed
    }

    /// Texts that may say the decision, best first: `content.decision`, a
    /// decision reply in `details`, `content.venue`.
    private func decisionTexts() -> [(String, String)] {
        var found: [(String, String)] = []
        if let decision = text("decision") { found.append(decision) }
        if let details = object["details"] as? [String: Any] {
            for key in ["replies", "directReplies"] {
                for (index, reply) in (details[key] as? [Any] ?? []).enumerated() {
                    guard let replyContent = (reply as? [String: Any])?["content"] as? [String: Any],
                          let raw = replyContent["decision"] else { continue }
                    let decision = (raw as? [String: Any])?["value"] ?? raw
                    if let string = decision as? String, let value = ImportText.value(string) {
                        found.append((value, "details.\(key)[\(index)].content.decision"))
                    }
                }
            }
        }
        if let venue = text("venue") { found.append(venue) }
        return found
    }

    private func readAuthors(into draft: inout PaperDraft) {
        guard let (names, at) = list("authors") else { return }
        let ids = list("authorids")
        for (index, name) in names.enumerated() where !name.isEmpty {
            var author = AuthorDraft(name: PersonName(name))
            let position = draft.authors.count
            draft.fieldOrigins["authors[\(position)]"] = origin("\(at)[\(index)]")
            if let ids, index < ids.0.count {
                let id = ids.0[index]
                if id.contains("@") {
                    author.email = id
                    draft.fieldOrigins["authors[\(position)].email"] = origin("\(ids.1)[\(index)]")
                } else if id.hasPrefix("~") {
                    author.url = "https://openreview.net/profile?id=\(id)"
                } else if id.hasPrefix("http://") || id.hasPrefix("https://") {
                    author.url = id
                    draft.fieldOrigins["authors[\(position)].url"] = origin("\(ids.1)[\(index)]")
                }
            }
            draft.authors.append(author)
        }
        draft.fieldOrigins["authors"] = origin(at)
    }
}
