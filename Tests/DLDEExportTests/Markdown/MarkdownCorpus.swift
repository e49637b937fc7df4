import Foundation
@testable import DLDEExport

/// A workshop whose Markdown fields are a corpus of Markdown texts: each
/// text is one paper's abstract and one announcement's body (of kind
/// `news`), so it goes through the booklet, the feeds and the mails.
struct MarkdownCorpus {
    struct Entry {
        /// A paper id and announcement id: `[a-z0-9-]+`.
        var id: String
        var title: String
        var markdown: String
    }

    var entries: [Entry]

    /// The GFM specification's examples (`examples.json` of
    /// ../shared/commonmark-examples): `{source, example, section, markdown}`.
    static func specificationExamples(_ file: URL) throws -> MarkdownCorpus {
        struct Example: Decodable {
            var source: String
            var example: Int
            var section: String
            var markdown: String
        }
        let examples = try JSONDecoder().decode([Example].self, from: Data(contentsOf: file))
        return MarkdownCorpus(entries: examples.map { example in
            let file = example.source.split(separator: ".").first.map(String.init) ?? example.source
            return Entry(id: "\(file)-\(example.example)", title: "\(file) example \(example.example): \(example.section)",
                         markdown: example.markdown)
        })
    }

    /// Every `NAME.md` in `folder`, sorted by name.
    static func files(in folder: URL) throws -> MarkdownCorpus {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return MarkdownCorpus(entries: try names.map { name in
            let id = String(name.dropLast(3))
            return Entry(id: id, title: "Corpus case \(id)",
                         markdown: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        })
    }

    /// Writes workshop.yaml and papers.yaml into `folder`; the accepted-papers
    /// announcement comes after the news, so paper entries date before it.
    func writeWorkshop(into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var workshop = """
        id: corpus-2024
        title: "Every Markdown construct"
        short_title: MD
        venue: "Test Conference 2024 Workshop"
        year: 2024
        url: "https://md.example.org/"
        timezone: UTC
        date: 2024-05-10
        mailing_list: list@md.example.org
        contact:
          - name: Ada Organizer
            email: ada@md.example.org
        organizers:
          - name: Ada Organizer
        announcements:
          - id: accepted
            date: "2024-02-15T09:00:00Z"
            kind: accepted-papers
            subject: "Accepted papers"

        """
        var papers = ""
        for entry in entries {
            workshop += """
              - id: \(entry.id)
                date: "2024-01-15T09:00:00Z"
                kind: news
                subject: \(Self.quoted(entry.title))
                body: \(Self.quoted(entry.markdown))

            """
            papers += """
            - id: \(entry.id)
              title: \(Self.quoted(entry.title))
              authors: [{name: Ana Author}]
              presentation: poster
              abstract: \(Self.quoted(entry.markdown))

            """
        }
        try Data(workshop.utf8).write(to: folder.appendingPathComponent("workshop.yaml"))
        try Data(papers.utf8).write(to: folder.appendingPathComponent("papers.yaml"))
    }

    /// `text` as a YAML double-quoted scalar (JSON's string syntax is one).
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(text), as: UTF8.self)
    }
}
