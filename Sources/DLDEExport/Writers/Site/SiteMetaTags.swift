/// The `<meta>` tags in a page's head, as (attribute, key, content): Highwire
/// Press `citation_*` tags (what Google Scholar reads) and OpenGraph.
enum SiteMetaTags {
    struct Tag {
        /// `name` (Highwire, description) or `property` (OpenGraph).
        var attribute: String
        var key: String
        var content: String
    }

    /// Highwire Press tags of a paper: title, one `citation_author` per
    /// author in byline order, the workshop's date (`2021/12/14`), the
    /// conference title as the `.bib`'s `booktitle`, the PDF when there is one.
    static func highwire(_ paper: Paper, workshop: Workshop) -> [Tag] {
        var tags = [Tag(attribute: "name", key: "citation_title", content: paper.title.rendered.plain)]
        tags += paper.authors.map { Tag(attribute: "name", key: "citation_author", content: $0.name.display) }
        let date = workshop.date
        tags.append(Tag(attribute: "name", key: "citation_publication_date",
                        content: "\(date.year)/\(two(date.month))/\(two(date.day))"))
        tags.append(Tag(attribute: "name", key: "citation_conference_title", content: BibTeXWriter.booktitle(workshop)))
        if let pdf = paper.pdf, ProgramTarget.isLinkable(pdf) {
            tags.append(Tag(attribute: "name", key: "citation_pdf_url", content: PercentEncoding.url(pdf)))
        }
        if !paper.keywords.isEmpty { tags.append(Tag(attribute: "name", key: "citation_keywords", content: paper.keywords.joined(separator: "; "))) }
        return tags
    }

    /// OpenGraph: type, title, description, the page's absolute address, the site's name.
    static func openGraph(type: String, title: String, description: String?, url: String, siteName: String) -> [Tag] {
        var tags = [
            Tag(attribute: "property", key: "og:type", content: type),
            Tag(attribute: "property", key: "og:title", content: title),
            Tag(attribute: "property", key: "og:url", content: url),
            Tag(attribute: "property", key: "og:site_name", content: siteName),
        ]
        if let description { tags.append(Tag(attribute: "property", key: "og:description", content: summary(description))) }
        return tags
    }

    /// A description of at most about 300 characters, cut at a space.
    static func summary(_ text: String) -> String {
        let flat = flattened(text, atLeast: limit + 2)
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "\u{2026}"
    }

    private static let limit = 300

    /// `text`'s words joined by single spaces, read only as far as needed
    /// for `count` characters (abstracts run to thousands): the first
    /// `count - 1` characters of the result are those of the whole text
    /// flattened (appending can only extend the last character).
    static func flattened(_ text: String, atLeast count: Int) -> String {
        if let ascii = flattenedASCII(text, atLeast: count) { return ascii }
        var flat = ""
        var appended = 0
        var space = false
        for character in text {
            if character.isWhitespace {
                space = !flat.isEmpty
                continue
            }
            if space {
                flat.append(" ")
                space = false
                appended += 1
            }
            flat.append(character)
            appended += 1
            if appended >= count + 8, flat.count >= count { return flat }
        }
        return flat
    }

    /// `flattened` by bytes, for text that is ASCII as far as it is read
    /// (one byte, one character; the whitespace characters are
    /// tab to carriage return and space); nil at the first other byte.
    private static func flattenedASCII(_ text: String, atLeast count: Int) -> String? {
        return text.withUTF8Bytes { bytes -> String? in
            var flat: [UInt8] = []
            flat.reserveCapacity(min(bytes.count, count + 8))
            var space = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    space = !flat.isEmpty
                    continue
                }
                if space {
                    flat.append(0x20)
                    space = false
                }
                flat.append(byte)
                if flat.count >= count + 8 { break }
            }
            return String(decoding: flat, as: UTF8.self)
        }
    }

    /// The tags as template records (`attribute`, `key`, `content`), of
    /// `table` (made once for every tag of every page).
    static func objects(_ tags: [Tag], table: TemplateRecord<Tag>.Table = table()) -> [TemplateRecord<Tag>] {
        tags.map { TemplateRecord($0, table: table) }
    }

    static func table() -> TemplateRecord<Tag>.Table {
        TemplateRecord<Tag>.Table(values: [
            "attribute": { .text($0.attribute) },
            "key": { .text($0.key) },
            "content": { .text($0.content) },
        ])
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
