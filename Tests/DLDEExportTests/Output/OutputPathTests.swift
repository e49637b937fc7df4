import Foundation
import Testing
@testable import DLDEExport

/// Staging splits each file's path by bytes: for output folders and
/// relative paths of every shape (slashes first, last, doubled; dots;
/// non-ASCII), the full path, folder and name are NSString's, and so is
/// the temporary's path beside the target.
@Suite("Output paths joined and split as NSString does")
struct OutputPathTests {
    static let directories = ["", ".", "/", "out", "out/", "out//", "a//b", "/tmp/x/", "./o", "é/ü", "..", "a/./b", " sp ace"]
    static let parts = ["a", "b.html", "site", "papers", "é", ".", "..", "", "x y", ".hidden"]

    static func relatives() -> [String] {
        var paths = ["site/papers/synth-1.html", "/abs", "trailing/", "two//slashes", "", "/", "//", "a/./b"]
        for first in parts {
            paths.append(first)
            for second in parts {
                paths.append(first + "/" + second)
                paths.append(first + "//" + second)
            }
        }
        return paths
    }

    @Test func theSameStringsAsNSString() {
        var differing: [String] = []
        for directory in Self.directories {
            let base = OutputPath.Base(directory)
            for relative in Self.relatives() {
                let target = (directory as NSString).appendingPathComponent(relative)
                // Foundation on Linux traps in `deletingLastPathComponent` on
                // some paths without a folder or with a slash last ("a",
                // "é", "a/") and on non-ASCII ones with two slashes
                // ("é//é"); staging never has one (its paths are a folder
                // and a file in it), and the bytes way never calls it.
                if !target.contains("/") || target.hasSuffix("/") || (!target.allSatisfy(\.isASCII) && target.contains("//")) { continue }
                let place = base.path(relative)
                let folder = (target as NSString).deletingLastPathComponent
                let name = (target as NSString).lastPathComponent
                if place.target != target || place.folder != folder || place.name != name {
                    differing.append("\(directory.debugDescription) + \(relative.debugDescription): \(place.target) \(place.folder) \(place.name), not \(target) \(folder) \(name)")
                }
                let temporary = ".\(name).dlde-tmp"
                if OutputPath.join(folder, temporary) != (folder as NSString).appendingPathComponent(temporary) {
                    differing.append("join \(folder.debugDescription) \(temporary.debugDescription)")
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }

    /// The folder above a folder, for creating missing ones: NSString's
    /// where it works, and also for a one-character name.
    @Test func parentFolders() {
        for path in ["out/site/papers", "/tmp/x", "/x", "./o", "a/b", "é/ü", "out/site/", "ab"] {
            #expect(OutputPath.parent(of: path) == (path as NSString).deletingLastPathComponent, "\(path)")
        }
        #expect(OutputPath.parent(of: "a") == "")
        #expect(OutputPath.parent(of: "é") == "")
        #expect(OutputPath.parent(of: "a/") == "")
        #expect(OutputPath.parent(of: "/") == "/")
    }

    /// An output folder whose name is one character, not yet made: `all`
    /// used to trap in Foundation (NSString's `deletingLastPathComponent`
    /// of "a") while making it.
    @Test(arguments: ["a", "é"])
    func aOneCharacterOutputFolder(name: String) {
        let folder = TemporaryFolder()
        let result = Run.tool(["all", "--workshop", TestPaths.bundledWorkshop.path, "-o", name], in: folder.url.path)
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(name + "/program.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(name + "/site/index.html").path))
    }
}
