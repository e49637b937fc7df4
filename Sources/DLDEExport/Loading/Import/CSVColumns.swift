import Foundation

/// What each column of a CSV export means, read from its header: our own
/// key names, CMT's (`Paper ID`, `Paper Title`, `Authors`, `Author Emails`,
/// `Track Name`, `Status`) and SoftConf's (`Submission ID`, `Title`,
/// `Acceptance Status`, and per author `1: First Name`, `1: Middle Name`,
/// `1: Last Name`, `1: Email`, `1: Affiliation`). Names match without
/// regard to case or surrounding spaces.
struct CSVColumns {
    enum Field: CaseIterable {
        case id, title, authors, authorEmails, abstract, keywords
        case presentation, decision, track, pdf, openreview, code

        /// Header names that mean this field, most specific first.
        var names: [String] {
            switch self {
            case .id: return ["id", "paper id", "submission id", "paper number", "submission number", "paper #", "#"]
            case .title: return ["title", "paper title", "submission title"]
            case .authors: return ["authors", "author names", "author list"]
            case .authorEmails: return ["author emails", "author email", "emails"]
            case .abstract: return ["abstract", "paper abstract"]
            case .keywords: return ["keywords", "keyword"]
            case .presentation: return ["presentation", "presentation type", "presentation format"]
            case .decision: return ["decision", "status", "acceptance status", "final decision"]
            case .track: return ["track name", "track", "submission type", "paper type", "category"]
            case .pdf: return ["pdf", "pdf url"]
            case .openreview: return ["openreview", "openreview id", "forum"]
            case .code: return ["code", "code url"]
            }
        }
    }

    /// Columns of one author in SoftConf's per-author layout.
    struct AuthorColumns {
        var first: Int?
        var middle: Int?
        var last: Int?
        var email: Int?
        var affiliation: Int?
    }

    /// Column index of each field found.
    private(set) var index: [Field: Int] = [:]
    /// SoftConf author number → that author's columns, in author order.
    private(set) var perAuthor: [(number: Int, columns: AuthorColumns)] = []
    /// Header names of the columns nothing reads.
    private(set) var ignored: [String] = []
    let header: [String]

    init(header: [String]) {
        self.header = header
        let normalised = header.map(Self.normalise)
        var used = Set<Int>()
        for field in Field.allCases {
            for name in field.names {
                if let found = normalised.firstIndex(of: name), !used.contains(found) {
                    index[field] = found
                    used.insert(found)
                    break
                }
            }
        }
        var authors: [Int: AuthorColumns] = [:]
        for (column, name) in normalised.enumerated() where !used.contains(column) {
            guard let (number, part) = Self.authorColumn(name) else { continue }
            var columns = authors[number] ?? AuthorColumns()
            switch part {
            case "first name": columns.first = column
            case "middle name": columns.middle = column
            case "last name": columns.last = column
            case "email": columns.email = column
            default: columns.affiliation = column
            }
            authors[number] = columns
            used.insert(column)
        }
        perAuthor = authors.keys.sorted().map { ($0, authors[$0]!) }
        ignored = header.indices.filter { !used.contains($0) && !normalised[$0].isEmpty }.map { header[$0] }
    }

    /// The header name as written, for messages.
    func name(of field: Field) -> String? {
        index[field].map { header[$0] }
    }

    func name(ofColumn column: Int) -> String { header[column] }

    /// True when authors come one column set each (SoftConf).
    var hasPerAuthorColumns: Bool { perAuthor.contains { $0.columns.last != nil || $0.columns.first != nil } }

    private static func normalise(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `3: last name` → (3, "last name").
    private static func authorColumn(_ name: String) -> (Int, String)? {
        guard let colon = name.firstIndex(of: ":"), let number = Int(name[..<colon].trimmingCharacters(in: .whitespaces)) else { return nil }
        let part = name[name.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard ["first name", "middle name", "last name", "email", "affiliation"].contains(part) else { return nil }
        return (number, part)
    }
}
