import DLDEExport
import Foundation

/// The `templates` target: the input is a `program.html` template (the
/// built-in partials stay), compiled and rendered over one workshop, the
/// fuzz input format's file named by `DLDE_FUZZ_WORKSHOP` (default
/// `fuzz/seeds/minimal.yaml`). The template may be refused; nothing may crash.
enum FuzzTemplate {
    static let workshop: Workshop = {
        let path = ProcessInfo.processInfo.environment["DLDE_FUZZ_WORKSHOP"] ?? "fuzz/seeds/minimal.yaml"
        guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path) (DLDE_FUZZ_WORKSHOP)") }
        let (workshop, papers) = FuzzOneInput.split(data)
        guard let checked = try? WorkshopLoader.load(workshopYAML: workshop, papersYAML: papers) else { fail("\(path) does not load") }
        return checked.workshop
    }()

    /// A folder of this process holding the input as `program.html.mustache`.
    static let folder: String = {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("dlde-fuzz-templates-\(getpid())")
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { fail("cannot create \(folder)") }
        return folder
    }()

    static func run(_ data: Data) {
        let workshop = self.workshop
        guard FileManager.default.createFile(atPath: folder + "/program.html.mustache", contents: data) else { fail("cannot write into \(folder)") }
        guard let jobs = try? ProgramWriter().jobs(for: workshop, context: WriterContext(templatesDirectory: folder)) else { return }
        for job in jobs where job.name == "program.html" {
            _ = try? job.run().map { file throws(ExportError) in try file.data() }
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("dlde-fuzz templates: \(message)\n".utf8))
        exit(66)
    }
}
