import Foundation
import Testing

/// Every error rule of the `photo` and `logo` keys (docs/input-format.md,
/// "Images"), through the built binary: `check` and `json` both stop with
/// exit status 65 and the exact message at the value's line and column with
/// its key path, and `json` leaves the output folder untouched.
@Suite("check: image rules")
struct ImageRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// `photo` of the first speaker, or `logo` of the first sponsor.
        var photo = false
        /// The value as written in workshop.yaml.
        var value: String
        /// Files of the workshop folder.
        var files: [String: Data] = [:]
        /// Symbolic links in the workshop folder, to their targets (`{outside}`:
        /// a folder beside the workshop folder holding `logo.png`).
        var links: [String: String] = [:]
        /// The exact message; `{folder}` and `{outside}` are the real paths of the two folders.
        var message: String
        var testDescription: String { name }
    }

    static let refusedSVG = Data("""
    <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
    <script>alert(2)</script>
    </svg>
    """.utf8)

    static let cases: [Case] = [
        Case(name: "missing file", value: "img/nope.png",
             message: "no file 'img/nope.png' in the workshop folder (looked for {folder}/img/nope.png)"),
        Case(name: "dangling symbolic link", value: "img/gone.png", links: ["img/gone.png": "nothing-here.png"],
             message: "no file 'img/gone.png' in the workshop folder (looked for {folder}/img/gone.png)"),
        Case(name: "text file", value: "img/notes.png", files: ["img/notes.png": Data("hello\n".utf8)],
             message: "'img/notes.png' is not a PNG, JPEG, WebP or SVG image"),
        Case(name: "empty file", value: "img/empty.png", files: ["img/empty.png": Data()],
             message: "'img/empty.png' is not a PNG, JPEG, WebP or SVG image"),
        Case(name: "GIF", photo: true, value: "img/grace.gif", files: ["img/grace.gif": TestImages.gif],
             message: "'img/grace.gif' is not a PNG, JPEG, WebP or SVG image (it is a GIF image)"),
        Case(name: "extension disagrees", value: "img/logo.png", files: ["img/logo.png": TestImages.jpeg],
             message: "'img/logo.png' is a JPEG image but its name ends in '.png': rename it to end in '.jpg'"),
        Case(name: "no extension", value: "img/logo", files: ["img/logo": TestImages.webp],
             message: "'img/logo' is a WebP image but its name has no extension: rename it to end in '.webp'"),
        Case(name: "SVG content named .png", value: "img/logo.png", files: ["img/logo.png": TestImages.svg],
             message: "'img/logo.png' is an SVG image but its name ends in '.png': rename it to end in '.svg'"),
        Case(name: "parent folders", value: "../../etc/passwd",
             message: "'../../etc/passwd' leaves the workshop folder: put the image inside it and give its path relative to it"),
        Case(name: "parent folders after a folder", photo: true, value: "img/../../outside/logo.png",
             message: "'img/../../outside/logo.png' leaves the workshop folder: put the image inside it and give its path relative to it"),
        Case(name: "absolute path", value: "/etc/passwd",
             message: "'/etc/passwd' is an absolute path: give the path relative to the workshop folder"),
        Case(name: "symbolic link to a file outside", value: "img/logo.png", links: ["img/logo.png": "{outside}/logo.png"],
             message: "'img/logo.png' leaves the workshop folder through a symbolic link (it resolves to {outside}/logo.png): put the image itself in the folder"),
        Case(name: "relative symbolic link out", value: "img/logo.png", links: ["img/logo.png": "../../outside/logo.png"],
             message: "'img/logo.png' leaves the workshop folder through a symbolic link (it resolves to {outside}/logo.png): put the image itself in the folder"),
        Case(name: "symbolic link to a folder outside", photo: true, value: "img/logo.png", links: ["img": "{outside}"],
             message: "'img/logo.png' leaves the workshop folder through a symbolic link (it resolves to {outside}/logo.png): put the image itself in the folder"),
        Case(name: "a folder", value: "img", files: ["img/logo.png": TestImages.png],
             message: "'img' is a folder, not an image file"),
        Case(name: "the workshop folder", value: "./", message: "'./' names the workshop folder itself, not an image file"),
        Case(name: "web URL (the old logo)", value: "\"https://acme.example.org/logo.png\"",
             message: "'https://acme.example.org/logo.png' is a URL: put the image in the workshop folder and give its path relative to the folder (e.g. 'logos/name.png'); the site makes no outside requests"),
        Case(name: "web URL as a photo", photo: true, value: "\"http://grace.example.org/me.jpg\"",
             message: "'http://grace.example.org/me.jpg' is a URL: put the image in the workshop folder and give its path relative to the folder (e.g. 'logos/name.png'); the site makes no outside requests"),
        Case(name: "data URL", value: "\"data:image/png;base64,iVBORw0KGgo=\"",
             message: "'data:image/png;base64,iVBORw0KGgo=' is not a file path: give the path of an image relative to the workshop folder"),
        Case(name: "SVG with scripts", value: "img/logo.svg", files: ["img/logo.svg": refusedSVG],
             message: "'img/logo.svg' is refused: it contains an event attribute 'onload' (line 1), a <script> element (line 2); an SVG image may hold no scripts and no references outside itself"),
        Case(name: "SVG that is not well-formed", value: "img/logo.svg", files: ["img/logo.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>\n</svg>\n".utf8)],
             message: "'img/logo.svg' is not a well-formed SVG: the XML parser stops at line 3, column 7 of the image: an end tag does not match its start tag"),
        Case(name: "XML that is not SVG", value: "img/logo.svg", files: ["img/logo.svg": Data("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>".utf8)],
             message: "'img/logo.svg' is not a PNG, JPEG, WebP or SVG image: it is XML, but its root element is <html>, not <svg>"),
    ]

    @Test(arguments: cases)
    func brokenImageIsLocatedAndWritesNothing(_ testCase: Case) throws {
        let folder = TemporaryFolder()
        folder.write("outside/logo.png", data: TestImages.png)
        for (name, data) in testCase.files { folder.write("in/\(name)", data: data) }
        let workshopFolder = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: workshopFolder, withIntermediateDirectories: true)
        let real = { (name: String) in URL(fileURLWithPath: folder.url.appendingPathComponent(name).path).resolvingSymlinksInPath().path }
        for (name, target) in testCase.links {
            let link = workshopFolder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.replacingOccurrences(of: "{outside}", with: real("outside")))
        }
        let (workshop, keyLine) = Self.workshop(testCase)
        let workshopPath = folder.write("in/workshop.yaml", workshop)
        folder.write("in/papers.yaml", MinimalWorkshop.papers)
        folder.write("out/keep.txt", "an earlier output\n")
        let before = folder.snapshot("out")

        let line = try #require(workshop.components(separatedBy: "\n").firstIndex(of: keyLine)) + 1
        let column = keyLine.count - testCase.value.count + 1
        let keyPath = testCase.photo ? "speakers[0].photo" : "sponsors[0].logo"
        let message = testCase.message.replacingOccurrences(of: "{folder}", with: real("in"))
            .replacingOccurrences(of: "{outside}", with: real("outside"))
        let expected = "\(workshopPath):\(line):\(column): error: \(message)"

        for command in [["check"], ["json", "--output", folder.url.appendingPathComponent("out").path]] {
            let result = Run.tool(command + ["--workshop", workshopFolder.path])
            #expect(result.status == 65, "\(command[0]): \(result.stderr)")
            let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.count == 1, "\(command[0]): \(result.stderr)")
            let error = try #require(errors.first, "\(command[0]): no error in \(result.stderr)")
            #expect(error == "\(expected) [\(keyPath)]", "\(command[0])")
        }
        #expect(folder.snapshot("out") == before, "the output folder changed")
    }

    /// The minimal workshop with the case's key, and the key's line.
    static func workshop(_ testCase: Case) -> (String, String) {
        let anchor = testCase.photo ? "    url: \"https://grace.example.org/\"\n" : "    url: \"https://acme.example.org/\"\n"
        let keyLine = (testCase.photo ? "    photo: " : "    logo: ") + testCase.value
        precondition(MinimalWorkshop.workshop.contains(anchor))
        return (MinimalWorkshop.workshop.replacingOccurrences(of: anchor, with: anchor + keyLine + "\n"), keyLine)
    }

    @Test func authorsHaveNoPhoto() {
        let folder = TemporaryFolder()
        folder.write("in/img/ana.png", data: TestImages.png)
        folder.write("in/workshop.yaml", MinimalWorkshop.workshop)
        let papers = MinimalWorkshop.papers.replacingOccurrences(of: "      affiliation: Uni A\n", with: "      affiliation: Uni A\n      photo: img/ana.png\n")
        let papersPath = folder.write("in/papers.yaml", papers)
        #expect(papers != MinimalWorkshop.papers)
        let result = Run.tool(["check", "--workshop", folder.url.appendingPathComponent("in").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(papersPath):6:7: error: unknown key 'photo'; known keys here: id, name, affiliation, url, email [papers[0].authors[0].photo]"),
                "\(result.stderr)")
    }
}
