import Foundation

/// Text clean-up shared by the import formats.
enum ImportText {
    /// Trimmed text, or nil when nothing is left.
    static func value(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Multi-line text (an abstract) with CRLF and CR line ends made LF,
    /// as a YAML file's block scalar gives them, and the ends trimmed.
    static func multiline(_ text: String?) -> String? {
        value(text?.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// The file's text: UTF-8 with or without a byte order mark, or UTF-16
    /// with one (spreadsheet programs write both).
    static func decode(_ data: Data) -> String? {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data, encoding: .utf16)
        }
        guard var text = String(data: data, encoding: .utf8) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// An OpenReview path (`/pdf/abc.pdf`) made absolute on the OpenReview
    /// host; absolute URLs unchanged.
    static func openReviewURL(_ text: String) -> String {
        text.hasPrefix("/") ? "https://openreview.net" + text : text
    }

    /// Splits a list written in one cell: on `;` when there is one, else on
    /// `separator` (` and ` for names, `,` for keywords).
    static func splitList(_ text: String, fallback separator: String) -> [String] {
        let parts = text.contains(";") ? text.components(separatedBy: ";") : text.components(separatedBy: separator)
        return parts.compactMap { value($0) }
    }
}
