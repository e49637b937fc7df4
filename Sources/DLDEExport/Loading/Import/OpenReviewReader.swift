import Foundation

/// Reads accepted papers from an OpenReview notes export: a JSON list of
/// notes or `{"notes": [...]}`, with API v1 plain values or API v2
/// `{"value": ...}` wrappers in `content`. Notes whose decision or venue
/// says rejected, withdrawn or only "Submitted to" are left out.
enum OpenReviewReader {
    static func read(text: String, file: String, defaultPresentation: Presentation?, sink: DiagnosticSink) -> ImportedPapers {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            sink.error("not valid JSON: \(describe(error))", at: start, keyPath: "")
            return ImportedPapers()
        }
        let notes: [Any], base: String
        if let list = json as? [Any] {
            (notes, base) = (list, "")
        } else if let object = json as? [String: Any], let list = object["notes"] as? [Any] {
            (notes, base) = (list, "notes")
        } else {
            sink.error("expected an OpenReview notes export: a JSON list of notes, or an object whose \"notes\" is that list", at: start, keyPath: "")
            return ImportedPapers()
        }
        let positions = JSONLocator.locate(text)
        var result = ImportedPapers()
        for (index, element) in notes.enumerated() {
            let reader = OpenReviewNoteReader(path: "\(base)[\(index)]", note: element, file: file, positions: positions, sink: sink)
            switch reader.draft(defaultPresentation: defaultPresentation) {
            case .paper(let draft): result.drafts.append(draft)
            case .notAccepted(let reason): result.skipped.append("\(reader.name) (\(reason))")
            case .failed: break
            }
        }
        return result
    }

    /// Foundation's message, with the position it found the problem at.
    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}
