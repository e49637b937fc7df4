import Foundation

/// Reads `papers.yaml`: a list of accepted papers.
enum PapersReader {
    static let keys = ["id", "title", "authors", "abstract", "keywords", "presentation", "pdf", "openreview", "code"]

    /// Reads every paper of the root list.
    static func read(_ root: YAMLValue) -> [Paper] {
        guard let items = root.list() else { return [] }
        let authors = AuthorTable()
        return YAMLFile.readItems(items, into: root.sink) { readPaper($0, authors: authors) }
    }

    /// Reads papers.yaml item by item as it is parsed (`YAMLFile.readList`);
    /// nil when `contents` gives nothing.
    static func read(contents: @escaping @Sendable () -> Data?, displayPath: String, sink: DiagnosticSink) -> [Paper]? {
        PhaseTimer.measure("parse and read papers") {
            let authors = AuthorTable()
            return YAMLFile.readList(contents: contents, displayPath: displayPath, rootPath: "papers", sink: sink) { readPaper($0, authors: authors) }
        }
    }

    /// - Parameter authors: the authors read before, whose `Person`s an
    ///   author spelled the same shares.
    static func readPaper(_ value: YAMLValue, authors table: AuthorTable = AuthorTable()) -> Paper? {
        guard let mapping = value.mapping(keys: keys) else { return nil }
        let id: String? = mapping.required("id").flatMap { idValue in
            guard let text = idValue.line(expected: "a paper id") else { return nil }
            guard Validators.isPaperID(text) else {
                idValue.error("'\(text)' is not a valid paper id: use letters, digits, '.', '_' and '-' only")
                return nil
            }
            return text
        }
        let title = mapping.required("title")?.line().map(InlineField.init)
        let authors = mapping.required("authors")?.list(atLeast: 1, of: "author")?
            .compactMap { PersonReader.read($0, allowBio: false).map(table.shared) } ?? []
        let abstract = mapping.optional("abstract")?.markdown()
        let keywords = mapping.optional("keywords")?.lines() ?? []
        let presentation = mapping.required("presentation")?.choice(Presentation.self)
        let pdf = mapping.optional("pdf")?.url()
        let openreview = mapping.optional("openreview")?.line(expected: "an OpenReview forum id")
        let code = mapping.optional("code")?.url()
        guard let id, let title, let presentation, !authors.isEmpty else { return nil }
        return Paper(
            id: id, title: title, authors: authors, abstract: abstract, keywords: keywords,
            presentation: presentation, pdf: pdf, openreview: openreview, code: code
        )
    }
}
