import Foundation
import Testing

/// The same input gives byte-identical output, whatever the machine's time
/// zone, locale or working folder.
@Suite("Determinism")
struct DeterminismTests {
    static let workshops = [
        TestPaths.bundledWorkshop.path,
        TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/hostile").path,
    ]

    @Test(arguments: workshops)
    func everyOutputIsByteIdenticalAcrossZonesLocalesAndFolders(_ workshop: String) throws {
        let folder = TemporaryFolder()
        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        // The hostile corpus holds math TeX rejects: see HostileConsumersTests.texMath.
        let math = workshop == Self.workshops[1] ? HostileConsumersTests.texMath : []
        let first = Run.tool(["all", "--workshop", workshop, "--output", folder.url.appendingPathComponent("a").path] + math,
                             in: TestPaths.root.path, environment: ["TZ": "Pacific/Kiritimati", "LANG": "ar_EG.UTF-8", "LC_ALL": "ar_EG.UTF-8"])
        let second = Run.tool(["all", "--workshop", workshop, "--output", folder.url.appendingPathComponent("b").path] + math,
                              in: elsewhere.path, environment: ["TZ": "America/Los_Angeles", "LANG": "C", "LC_ALL": "C"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(second.status == 0, "\(second.stderr)")
        let a = folder.snapshot("a"), b = folder.snapshot("b")
        #expect(!a.isEmpty)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, bytes) in a {
            #expect(b[name] == bytes, "\(name) differs between runs")
        }
    }

    @Test func hostileCorpusPassesEveryWriter() {
        let folder = TemporaryFolder()
        let result = Run.tool(["all", "--workshop", Self.workshops[1], "--output", folder.path] + HostileConsumersTests.texMath)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
