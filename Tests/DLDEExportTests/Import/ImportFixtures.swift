import Foundation
@testable import DLDEExport

/// The import fixtures: each export beside the papers.yaml it must give
/// (written by hand from the export, not produced by the code).
enum ImportFixtures {
    static let folder = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/import")
    static let workshop = folder.appendingPathComponent("workshop").path

    struct Pair: CustomStringConvertible, Sendable {
        var export: String
        var yaml: String
        var paperCount: Int
        var description: String { export }
        var exportPath: String { folder.appendingPathComponent(export).path }
        var yamlPath: String { folder.appendingPathComponent(yaml).path }
    }

    static let pairs: [Pair] = [
        Pair(export: "openreview-v1.json", yaml: "openreview-v1.yaml", paperCount: 3),
        Pair(export: "openreview-v2.json", yaml: "openreview-v2.yaml", paperCount: 2),
        Pair(export: "cmt.csv", yaml: "cmt.yaml", paperCount: 2),
        Pair(export: "softconf.csv", yaml: "softconf.yaml", paperCount: 2),
        Pair(export: "own-keys.csv", yaml: "own-keys.yaml", paperCount: 2),
    ]

    /// Loads the fixture workshop with `papers` as its papers file.
    static func load(papers: String) throws -> CheckedWorkshop {
        try WorkshopLoader.load(directory: workshop, papersFile: papers)
    }
}
