import SwiftCSV

/// A CSV file's rows with the line each starts on. SwiftCSV parses (quoted
/// fields with commas, doubled quotes and line breaks, a UTF-8 byte order
/// mark); the lines are counted here from the line breaks each row holds.
struct CSVTable {
    struct Row {
        var fields: [String]
        /// The line the row starts on (1-based).
        var line: Int
        /// The row's number as a spreadsheet shows it: the header is row 1.
        var number: Int
    }

    var header: Row
    var rows: [Row]

    /// Parses `text`; on a syntax error reports it at the line of the row
    /// being read and returns nil.
    static func parse(_ text: String, file: String, sink: DiagnosticSink) -> CSVTable? {
        var rows: [Row] = []
        var nextLine = 1
        var recordCount = 0
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { (fields: [String]) in
                let line = nextLine
                recordCount += 1
                nextLine += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
                // A blank line is a row of one empty field: not a paper.
                if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return }
                rows.append(Row(fields: fields, line: line, number: recordCount))
            }
        } catch let error as CSVParseError {
            let detail: String
            switch error {
            case .quotation(let message), .generic(let message): detail = message
            }
            sink.error("CSV syntax error in the row starting on this line (\(detail)): a field holding a quote must be enclosed in quotes and the quote doubled (\"\")",
                       at: SourceLocation(file: file, line: nextLine, column: 1), keyPath: "")
            return nil
        } catch {
            sink.error("cannot read the CSV: \(error)", at: SourceLocation(file: file, line: nextLine, column: 1), keyPath: "")
            return nil
        }
        guard let header = rows.first else {
            sink.error("the CSV file is empty: it needs a header row and one row a paper", at: SourceLocation(file: file, line: 1, column: 1), keyPath: "")
            return nil
        }
        return CSVTable(header: header, rows: Array(rows.dropFirst()))
    }

    /// Line breaks inside a field: CRLF, LF and CR each count once.
    private static func lineBreaks(in field: String) -> Int {
        field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r" || $1 == "\r\n" ? 1 : 0) }
    }
}
