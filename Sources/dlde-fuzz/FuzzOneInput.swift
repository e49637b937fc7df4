import DLDEExport
import Foundation

/// One fuzz input: `workshop.yaml`, optionally a NUL byte and `papers.yaml`.
/// Loading and checking may reject it (that is fine); nothing may crash, and a
/// workshop that passes the checks goes through the writers of the target.
enum FuzzOneInput {
    /// `DLDE_FUZZ_TARGET`: `loader` (load and check only; also papers.yaml
    /// read in pieces against the one-thread reader), one writer's
    /// command (`json`, `program`, `bibtex`, `feed`, `announce`, `calendar`),
    /// `templates` (the input is a template: `FuzzTemplate`), or `all`
    /// (every writer; the default, and what replays use).
    static let target = ProcessInfo.processInfo.environment["DLDE_FUZZ_TARGET"] ?? "all"

    static let writers: [any OutputWriter] = {
        switch target {
        case "all": return OutputWriters.all
        case "loader", "templates": return []
        default:
            let chosen = OutputWriters.all.filter { $0.command == target }
            if chosen.isEmpty {
                let names = ["all", "loader", "templates"] + OutputWriters.all.map(\.command)
                FileHandle.standardError.write(Data("DLDE_FUZZ_TARGET=\(target) is none of: \(names.joined(separator: ", "))\n".utf8))
                exit(64)
            }
            return chosen
        }
    }()

    static func run(_ data: Data) {
        if target == "templates" { return FuzzTemplate.run(data) }
        let (workshop, papers) = split(data)
        #if FUZZING
        if target == "loader", let papers, !YAMLPiecesAgreement.holds(papersYAML: papers) {
            fatalError("papers.yaml read in pieces differs from the one-thread reading")
        }
        #endif
        let writers = self.writers
        guard let checked = try? WorkshopLoader.load(workshopYAML: workshop, papersYAML: papers) else { return }
        for writer in writers {
            // A streamed file (the booklet's HTML) is rendered only when its
            // bytes are asked for.
            _ = try? writer.files(for: checked.workshop, context: WriterContext()).map { file throws(ExportError) in try file.data() }
        }
    }

    /// `workshop.yaml`, and `papers.yaml` after a NUL byte when there is one.
    static func split(_ data: Data) -> (workshop: Data, papers: Data?) {
        let parts = data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        return (Data(parts[0]), parts.count > 1 ? Data(parts[1]) : nil)
    }
}
