import Foundation

/// A workshop that passed every check, and the warnings it deserves.
public struct CheckedWorkshop: Sendable {
    public var workshop: Workshop
    public var warnings: [Diagnostic]
}

/// Loads a workshop folder (`workshop.yaml` + `papers.yaml`) or an explicit
/// papers file, and checks it.
public enum WorkshopLoader {
    /// Loads and checks. Throws `.invalidInput` with every diagnostic (errors
    /// and warnings, in file order) when anything is wrong.
    /// - Parameters:
    ///   - directory: the folder holding `workshop.yaml` (and usually `papers.yaml`).
    ///   - papersFile: a papers file to use instead of `directory/papers.yaml`.
    ///   - defaultPresentation: for a CSV or OpenReview papers file, the type
    ///     of the papers whose row or note names none.
    ///   - math: how math appears in HTML; with `.auto` and `.mathml` every
    ///     span is converted (and checked) here, once (`MathCheck`).
    public static func load(directory: String, papersFile: String? = nil, defaultPresentation: Presentation? = nil, math: MathMode = .tex) throws(ExportError) -> CheckedWorkshop {
        let sink = DiagnosticSink()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .inputMissing(path: directory, what: "workshop folder")
        }
        let workshopPath = (directory as NSString).appendingPathComponent("workshop.yaml")
        let papersPath = papersFile ?? (directory as NSString).appendingPathComponent("papers.yaml")
        // Node.js and KaTeX load on the side while the files are read.
        let converter = MathPrestart.converter(mode: math, files: [workshopPath, papersPath])
        let root = try YAMLFile.load(path: workshopPath, displayPath: workshopPath, sink: sink)
        var workshop = PhaseTimer.measure("read workshop") { root.flatMap { WorkshopReader.read($0, images: ImageReader(folder: directory)) } }

        if papersFile != nil || FileManager.default.fileExists(atPath: papersPath) {
            let papers = try PapersFile.read(path: papersPath, defaultPresentation: defaultPresentation, sink: sink)
            workshop?.papers = papers
        }
        return try finish(workshop, math: math, converter: converter, sink: sink)
    }

    /// Loads and checks a workshop given as YAML texts (`workshop.yaml` and
    /// `papers.yaml`); messages name the files `workshop.yaml` and `papers.yaml`.
    /// - Parameter imageFolder: the folder `photo` and `logo` paths are
    ///   relative to; without one, an image key is an error.
    public static func load(workshopYAML: Data, papersYAML: Data?, imageFolder: String? = nil, math: MathMode = .tex) throws(ExportError) -> CheckedWorkshop {
        let sink = DiagnosticSink()
        let images = ImageReader(folder: imageFolder)
        var workshop = YAMLFile.parse(workshopYAML, displayPath: "workshop.yaml", sink: sink).flatMap { WorkshopReader.read($0, images: images) }
        if let papersYAML {
            let papers = PapersReader.read(contents: { papersYAML }, displayPath: "papers.yaml", sink: sink)
            workshop?.papers = papers ?? []
        }
        return try finish(workshop, math: math, sink: sink)
    }

    /// Runs the whole-model checks on a read workshop and sorts what was found.
    /// - Parameter converter: the math converter, already started (`MathPrestart`).
    private static func finish(_ workshop: Workshop?, math: MathMode, converter: KaTeXConverter? = nil, sink: DiagnosticSink) throws(ExportError) -> CheckedWorkshop {
        defer { converter?.cancel() }
        var workshop = workshop
        if let checked = workshop, !sink.hasErrors {
            PhaseTimer.measure("check") { Checker.check(checked, sink: sink) }
            if !sink.hasErrors {
                workshop = try PhaseTimer.measure("math") { () throws(ExportError) in try MathCheck.run(checked, mode: math, converter: converter, sink: sink) }
            }
        }
        let diagnostics = sorted(sink.diagnostics)
        guard let workshop, !diagnostics.hasErrors else {
            throw .invalidInput(diagnostics)
        }
        return CheckedWorkshop(workshop: workshop, warnings: diagnostics)
    }

    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// Reads the accepted papers from a file, by its format.
enum PapersFile {
    static func read(path: String, defaultPresentation: Presentation? = nil, sink: DiagnosticSink) throws(ExportError) -> [Paper] {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "yaml", "yml":
            // Key paths in papers.yaml read `papers[3].title`, as in `workshop.json`.
            guard let papers = PapersReader.read(contents: { FileManager.default.contents(atPath: path) }, displayPath: path, sink: sink) else {
                throw .inputMissing(path: path, what: "file")
            }
            return papers
        case "json", "csv":
            return try PapersImport.read(path: path, defaultPresentation: defaultPresentation, sink: sink).0
        default:
            sink.error("cannot read papers from a '.\(ext)' file: give a papers.yaml, a .csv export or an OpenReview .json export",
                       at: SourceLocation(file: path, line: 1, column: 1), keyPath: "")
            return []
        }
    }
}
