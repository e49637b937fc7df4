import Foundation
import Testing

/// `make install` and `make uninstall` (PREFIX, DESTDIR), and the installed
/// binary at work outside the clone.
@Suite("make install", .serialized)
struct InstallTests {
    @Test func installPlacesEveryFileAndUninstallRemovesThemAll() throws {
        let installation = Installation()
        #expect(installation.result.status == 0, "\(installation.result.stdout)\(installation.result.stderr)")
        #expect(installation.installedFiles == Installation.files.sorted())
        #expect(FileManager.default.isExecutableFile(atPath: installation.binary))
        let page = try FileManager.default.attributesOfItem(atPath: installation.manPage)
        #expect((page[.posixPermissions] as? NSNumber)?.intValue == 0o644)

        let uninstall = Installation.make("uninstall", destination: installation.destination.path)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(installation.installedFiles == [])
    }

    /// The installed binary, run from an empty folder (no templates/ beside
    /// it, the default output folder), writes byte for byte what the built
    /// binary writes when run in the clone.
    @Test func installedBinaryWritesWhatTheBuiltOneWrites() throws {
        let installation = Installation()
        #expect(installation.result.status == 0, "\(installation.result.stderr)")
        let folder = TemporaryFolder()
        let built = Run.tool(["all", "--workshop", TestPaths.bundledWorkshop.path, "-o", folder.url.appendingPathComponent("built").path],
                             in: TestPaths.root.path)
        #expect(built.status == 0, "\(built.stderr)")
        let empty = folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let installed = Run.program(installation.binary, ["all", "--workshop", TestPaths.bundledWorkshop.path], in: empty.path)
        #expect(installed.status == 0, "\(installed.stderr)")

        let expected = folder.snapshot("built")
        let written = folder.snapshot("empty/output")
        #expect(expected.keys.contains("workshop.json") && expected.keys.contains("program.html") && expected.keys.contains("atom.xml"))
        #expect(written.keys.sorted() == expected.keys.sorted())
        for (name, bytes) in expected { #expect(written[name] == bytes, "\(name) differs") }
    }

    /// `--templates` still overrides the built-in templates, file by file.
    @Test func installedBinaryTakesTemplatesFromAnyFolder() throws {
        let installation = Installation()
        #expect(installation.result.status == 0, "\(installation.result.stderr)")
        let folder = TemporaryFolder()
        let original = try String(contentsOf: TestPaths.root.appendingPathComponent("templates/program.html.mustache"), encoding: .utf8)
        let changed = original.replacingOccurrences(of: "<title>", with: "<title>Overridden: ")
        #expect(changed != original)
        folder.write("mine/program.html.mustache", changed)
        let result = Run.program(installation.binary, ["program", "--workshop", TestPaths.bundledWorkshop.path, "--templates", "mine"], in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.read("output/program.html")?.contains("<title>Overridden: DLDE 2021 program") == true)
    }
}
