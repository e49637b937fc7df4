import DLDEExport
import Foundation

/// One fuzz input: `workshop.yaml`, optionally a NUL byte and `papers.yaml`.
/// Loading and checking may reject it (that is fine); nothing may crash, and a
/// workshop that passes the checks goes through every writer.
enum FuzzOneInput {
    static func run(_ data: Data) {
        let parts = data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        let workshop = Data(parts[0])
        let papers = parts.count > 1 ? Data(parts[1]) : nil
        guard let checked = try? WorkshopLoader.load(workshopYAML: workshop, papersYAML: papers) else { return }
        for writer in OutputWriters.all {
            _ = try? writer.files(for: checked.workshop, context: WriterContext())
        }
    }
}
