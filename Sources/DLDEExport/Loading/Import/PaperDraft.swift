/// Where an imported value came from: the place editors jump to, and the
/// words that name it in the source's own terms (`row 5, column "Paper
/// Title"`, `notes[3] (id "abc"), content.title`).
struct ImportOrigin {
    var location: SourceLocation
    var description: String
}

/// An author read from an import format, before the checks of papers.yaml.
struct AuthorDraft {
    /// Kept whole when the source gives one string ("Greg Ver Steeg");
    /// given + family only when the source has separate columns.
    var name: PersonName
    var affiliation: String?
    var email: String?
    var url: String?
}

/// A paper read from an import format, in papers.yaml's keys, before the
/// checks of `PapersReader`. Every value is text as the source gave it.
struct PaperDraft {
    var id: String?
    var title: String?
    var authors: [AuthorDraft] = []
    var abstract: String?
    var keywords: [String] = []
    var presentation: String?
    var pdf: String?
    var openreview: String?
    var code: String?
    /// The row or note as a whole.
    var origin: ImportOrigin
    /// Where each papers.yaml key came from: `title`, `authors`,
    /// `authors[1].email`. Keys not listed fall back to `origin`.
    var fieldOrigins: [String: ImportOrigin] = [:]

    init(origin: ImportOrigin) {
        self.origin = origin
    }

    /// The origin of a key path below the paper (`authors[1].email`), or
    /// of its nearest recorded parent.
    func origin(of keyPath: Substring) -> ImportOrigin {
        var path = keyPath
        while !path.isEmpty {
            if let found = fieldOrigins[String(path)] { return found }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            path = path[..<cut]
        }
        return origin
    }
}

/// The papers an import format yields, in source order.
struct ImportedPapers {
    var drafts: [PaperDraft] = []
    /// Rows or notes left out on purpose (rejected, withdrawn), by reason.
    var skipped: [String] = []
}
