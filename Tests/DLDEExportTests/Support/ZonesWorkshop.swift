import Foundation

/// The zones fixture's workshop (Fixtures/zones: six zones, a poster
/// session presenting paper `zones-1`) with papers of a test's own.
enum ZonesWorkshop {
    static let fixture = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/zones")

    /// Writes `workshop.yaml` (the fixture's, plus `extraYAML` at its end)
    /// and `papers` as `papers.yaml` into `subfolder` of `folder`.
    /// - Returns: the workshop folder.
    @discardableResult
    static func write(into folder: TemporaryFolder, subfolder: String = "in", papers: String, extraYAML: String = "") throws -> URL {
        let workshop = try String(contentsOf: fixture.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        folder.write(subfolder + "/workshop.yaml", workshop + extraYAML)
        folder.write(subfolder + "/papers.yaml", papers)
        return folder.url.appendingPathComponent(subfolder)
    }
}
