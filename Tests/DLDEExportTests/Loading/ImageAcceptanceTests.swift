import Foundation
import Testing
@testable import DLDEExport

/// Real PNG, JPEG, WebP and SVG files are accepted as photos and logos: the
/// model holds each one's normalised path, its real location and the format
/// its bytes show, and Pillow (PNG, JPEG, WebP) and xmllint (SVG) read every
/// file the loader accepted as that format. `workshop.json` carries the paths.
@Suite("Images: accepted files")
struct ImageAcceptanceTests {
    /// A workshop folder with a photo per person and four sponsor logos,
    /// one through a symbolic link that stays inside the folder.
    static func folder() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("in/people/grace.JPEG", data: TestImages.jpeg)
        folder.write("in/people/ada.webp", data: TestImages.webp)
        folder.write("in/logos/acme.png", data: TestImages.png)
        folder.write("in/logos/acme.svg", data: TestImages.svg)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("in/alias.png").path, withDestinationPath: "logos/acme.png")
        var workshop = MinimalWorkshop.workshop
        for (anchor, added) in [
            ("    url: \"https://grace.example.org/\"\n", "    photo: ./people//grace.JPEG\n"),
            ("    url: \"https://ada.example.org/\"\n", "    photo: people/ada.webp\n"),
            ("    url: \"https://acme.example.org/\"\n", """
                logo: logos/acme.png
              - name: ACME SVG
                url: "https://acme.example.org/"
                logo: logos/../logos/acme.svg
              - name: ACME alias
                url: "https://acme.example.org/"
                logo: alias.png
              - name: No logo
                url: "https://acme.example.org/"

            """),
        ] {
            #expect(workshop.contains(anchor))
            workshop = workshop.replacingOccurrences(of: anchor, with: anchor + added)
        }
        folder.write("in/workshop.yaml", workshop)
        folder.write("in/papers.yaml", MinimalWorkshop.papers)
        return folder
    }

    @Test func realImagesAreAcceptedWithTheirFormat() throws {
        let folder = try Self.folder()
        let inside = URL(fileURLWithPath: folder.url.appendingPathComponent("in").path).resolvingSymlinksInPath().path
        let workshop = try WorkshopLoader.load(directory: folder.url.appendingPathComponent("in").path).workshop

        #expect(workshop.speakers[0].photo == ImageFile(path: "people/grace.JPEG", source: "\(inside)/people/grace.JPEG", format: .jpeg))
        #expect(workshop.organizers[0].photo == ImageFile(path: "people/ada.webp", source: "\(inside)/people/ada.webp", format: .webp))
        #expect(workshop.sponsors.map(\.logo) == [
            ImageFile(path: "logos/acme.png", source: "\(inside)/logos/acme.png", format: .png),
            ImageFile(path: "logos/acme.svg", source: "\(inside)/logos/acme.svg", format: .svg),
            ImageFile(path: "alias.png", source: "\(inside)/logos/acme.png", format: .png),
            nil,
        ])

        // The consumers: Pillow reads each raster file as the format the loader named.
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path),
                     "no test Python at \(TestPaths.python.path): run `make deps-test`")
        let raster = [workshop.speakers[0].photo, workshop.organizers[0].photo, workshop.sponsors[0].logo].compactMap { $0 }
        let pillow = Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/check_images.py").path] + raster.map(\.source))
        #expect(pillow.status == 0, "\(pillow.stderr)")
        let pillowNames: [ImageFile.Format: String] = [.png: "PNG", .jpeg: "JPEG", .webp: "WEBP"]
        #expect(pillow.stdout == raster.map { "\($0.source)\t\(pillowNames[$0.format]!)\n" }.joined())
        let svg = try #require(workshop.sponsors[1].logo)
        let xmllint = Run.program("xmllint", ["--noout", "--nonet", svg.source])
        #expect(xmllint.status == 0, "\(xmllint.stderr)")
    }

    @Test func workshopJSONHoldsThePaths() throws {
        let folder = try Self.folder()
        let output = folder.url.appendingPathComponent("out").path
        let run = Run.tool(["json", "--workshop", folder.url.appendingPathComponent("in").path, "--output", output])
        try #require(run.status == 0, "\(run.stderr)")
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path), "run `make deps-test`")
        let read = Run.program(TestPaths.python.path, ["-c", """
            import json, sys
            w = json.load(open(sys.argv[1]))
            print(w["speakers"][0].get("photo"), w["organizers"][0].get("photo"), *[s.get("logo") for s in w["sponsors"]])
            """, "\(output)/workshop.json"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == "people/grace.JPEG people/ada.webp logos/acme.png logos/acme.svg alias.png None\n")
    }

    @Test func aWorkshopGivenAsTextHasNoFolderForImages() throws {
        let yaml = MinimalWorkshop.workshop.replacingOccurrences(of: "    url: \"https://acme.example.org/\"\n",
                                                                with: "    url: \"https://acme.example.org/\"\n    logo: logos/acme.png\n")
        #expect(throws: ExportError.self) { try WorkshopLoader.load(workshopYAML: Data(yaml.utf8), papersYAML: nil) }
        do {
            _ = try WorkshopLoader.load(workshopYAML: Data(yaml.utf8), papersYAML: nil)
        } catch {
            guard case .invalidInput(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(diagnostics.map(\.description).contains {
                $0.hasPrefix("workshop.yaml:32:11: error: 'logos/acme.png' cannot be checked: images are read from the workshop folder, and this workshop was given without one")
            }, "\(diagnostics)")
        }
        let folder = try Self.folder()
        let loaded = try WorkshopLoader.load(workshopYAML: Data(yaml.utf8), papersYAML: Data(MinimalWorkshop.papers.utf8), imageFolder: folder.url.appendingPathComponent("in").path)
        #expect(loaded.workshop.sponsors[0].logo?.format == .png)
    }
}
