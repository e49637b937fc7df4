import Foundation

/// Imports accepted papers from a review system's export: an OpenReview
/// notes JSON file (`.json`) or a CSV file with a header row (`.csv`).
///
/// An import is a translation into papers.yaml: the export is read into
/// drafts, the drafts are written as papers.yaml text, and that text is read
/// by the same rules as a hand-written papers.yaml. So an imported paper is
/// exactly the paper its printed YAML gives, and every papers.yaml rule
/// applies; each message is moved back to the row or note it came from.
public enum PapersImport {
    /// The export formats, by file extension.
    public enum Format: String, Sendable {
        case openReviewJSON = "json"
        case csv

        public init?(path: String) {
            self.init(rawValue: (path as NSString).pathExtension.lowercased())
        }
    }

    /// An imported file: its papers.yaml text, the papers, and the
    /// warnings (ignored columns, left-out rows).
    public struct Result: Sendable {
        public var yaml: String
        public var papers: [Paper]
        public var warnings: [Diagnostic]
    }

    /// Imports `path` for `dlde-export import`.
    /// - Parameters:
    ///   - path: a `.json` OpenReview export or a `.csv` export.
    ///   - defaultPresentation: the type of papers whose row or note names none.
    /// - Throws: `.inputMissing` when the file does not exist, `.invalidInput`
    ///   with every diagnostic when anything is wrong.
    public static func importFile(_ path: String, defaultPresentation: Presentation? = nil) throws(ExportError) -> Result {
        let sink = DiagnosticSink()
        let (papers, yaml) = try read(path: path, defaultPresentation: defaultPresentation, sink: sink)
        // Without a workshop the Checker does not run; its one rule about
        // papers alone is that ids are unique.
        var seen: [String: Int] = [:]
        for (index, paper) in papers.enumerated() {
            if let first = seen[paper.id] {
                sink.error("duplicate paper id '\(paper.id)' (also papers[\(first)])", keyPath: "papers[\(index)].id")
            } else {
                seen[paper.id] = index
            }
        }
        let diagnostics = sink.diagnostics.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        guard !diagnostics.hasErrors, let yaml else { throw .invalidInput(diagnostics) }
        return Result(yaml: yaml, papers: papers, warnings: diagnostics)
    }

    /// Reads `path`, reporting to `sink` at the export's own rows and notes.
    /// - Returns: the papers, and the papers.yaml text (nil when the export
    ///   could not be read at all).
    static func read(path: String, defaultPresentation: Presentation?, sink: DiagnosticSink) throws(ExportError) -> ([Paper], String?) {
        guard let format = Format(path: path) else {
            throw .internalError("no import format for '\(path)'")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .inputMissing(path: path, what: "papers file")
        }
        guard let text = ImportText.decode(data) else {
            sink.error("the file is not UTF-8 text: save it as UTF-8 (CSV UTF-8 in a spreadsheet program)", at: SourceLocation(file: path, line: 1, column: 1), keyPath: "")
            return ([], nil)
        }
        let imported: ImportedPapers
        switch format {
        case .csv: imported = CSVPapersReader.read(text: text, file: path, defaultPresentation: defaultPresentation, sink: sink)
        case .openReviewJSON: imported = OpenReviewReader.read(text: text, file: path, defaultPresentation: defaultPresentation, sink: sink)
        }
        if !imported.skipped.isEmpty {
            sink.warning("left out \(imported.skipped.count) not accepted: \(imported.skipped.joined(separator: "; "))",
                         at: SourceLocation(file: path, line: 1, column: 1), keyPath: "")
        }
        return try check(imported.drafts, file: path, sink: sink)
    }

    /// Reads the drafts' papers.yaml text by the papers.yaml rules and moves
    /// every diagnostic and recorded location to the draft's origin.
    private static func check(_ drafts: [PaperDraft], file: String, sink: DiagnosticSink) throws(ExportError) -> ([Paper], String?) {
        let yaml: String
        let node: YAMLNode?
        do {
            yaml = try PaperDraftYAML.yaml(drafts)
            node = try YAMLComposer.compose(yaml)
        } catch {
            throw .internalError("the imported papers do not read back as YAML: \(error)")
        }
        guard let node else { return ([], yaml) }
        let inner = DiagnosticSink()
        let papers = PapersReader.read(YAMLValue(node: node, path: "papers", file: "(imported papers.yaml)", sink: inner))
        sink.register(locator: { origin(of: $0, in: drafts)?.location }, prefix: "papers")
        for diagnostic in inner.diagnostics {
            let keyPath = diagnostic.keyPath ?? ""
            let origin = origin(of: keyPath, in: drafts)
            let message = origin.map { "\(diagnostic.message) (\($0.description))" } ?? diagnostic.message
            let location = origin?.location ?? SourceLocation(file: file, line: 1, column: 1)
            switch diagnostic.severity {
            case .error: sink.error(message, at: location, keyPath: keyPath)
            case .warning: sink.warning(message, at: location, keyPath: keyPath)
            }
        }
        return (papers, yaml)
    }

    /// `papers[3].authors[1].email` → the origin draft 3 gives for
    /// `authors[1].email`.
    private static func origin(of keyPath: String, in drafts: [PaperDraft]) -> ImportOrigin? {
        guard keyPath.hasPrefix("papers["), let close = keyPath.firstIndex(of: "]"),
              let index = Int(keyPath[keyPath.index(keyPath.startIndex, offsetBy: 7)..<close]), drafts.indices.contains(index) else { return nil }
        var rest = keyPath[keyPath.index(after: close)...]
        if rest.hasPrefix(".") { rest = rest.dropFirst() }
        return drafts[index].origin(of: rest)
    }
}
