import Foundation
import Testing
@testable import DLDEExport

@Suite("Stale temporaries")
struct StaleTemporariesTests {
    /// The id of a process that has ended (and, just reaped, is not reused yet).
    static func endedProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func namesOfStagedFilesAreRecognised() {
        let staged = StaleTemporaries.Name(".program.html.123.tmp")
        #expect(staged?.target == "program.html")
        #expect(staged?.pid == 123)
        #expect(staged?.isBackup == false)
        #expect(StaleTemporaries.Name(".a.b.c.45.tmp.old")?.isBackup == true)
        #expect(StaleTemporaries.Name(".a.b.c.45.tmp.old")?.target == "a.b.c")
        for other in ["program.html", ".program.html.tmp", ".program.html.x1.tmp", ".12.tmp", ".a.-1.tmp", ".gitignore", "a.1.tmp"] {
            #expect(StaleTemporaries.Name(other) == nil, "\(other)")
        }
    }

    @Test func onlyTheFilesOfEndedRunsAreCleared() throws {
        let folder = TemporaryFolder()
        let ended = try Self.endedProcess()
        let alive = Process()
        alive.executableURL = URL(fileURLWithPath: "/bin/sleep")
        alive.arguments = ["30"]
        try alive.run()
        defer { kill(alive.processIdentifier, SIGKILL); alive.waitUntilExit() }

        folder.write(".program.html.\(ended).tmp", "new")
        folder.write("announcements/.cfp.eml.\(ended).tmp", "new")
        folder.write("deep/a/b/c/d/.x.\(ended).tmp", "too deep to look")
        folder.write("feed.xml", "current")
        folder.write(".feed.xml.\(ended).tmp.old", "old, target present")
        folder.write(".schedule.ics.\(ended).tmp.old", "old, target gone")
        folder.write(".program.tex.\(alive.processIdentifier).tmp", "a live run's")
        folder.write(".hidden/.y.\(ended).tmp", "in a hidden folder")
        folder.write(".notes.txt", "a user's own hidden file")
        folder.write("elsewhere/.w.\(ended).tmp", "behind a link")
        // Links are not followed, nor removed, whatever their names.
        #expect(symlink(folder.path + "/elsewhere", folder.path + "/linked") == 0)
        #expect(symlink(folder.path + "/feed.xml", folder.path + "/.z.\(ended).tmp") == 0)

        let cleared = StaleTemporaries.clear(in: folder.path)
        #expect(cleared.count == 5)
        let left = Set(folder.snapshot("").keys)
        #expect(!left.contains(".program.html.\(ended).tmp"))
        #expect(!left.contains("announcements/.cfp.eml.\(ended).tmp"))
        #expect(!left.contains(".feed.xml.\(ended).tmp.old"))
        #expect(folder.read("feed.xml") == "current")
        #expect(folder.read("schedule.ics") == "old, target gone", "an old file whose target is missing is moved back")
        #expect(left.contains(".program.tex.\(alive.processIdentifier).tmp"), "a live run's file stays")
        #expect(left.contains("deep/a/b/c/d/.x.\(ended).tmp"))
        #expect(left.contains(".hidden/.y.\(ended).tmp"))
        #expect(left.contains(".notes.txt"))
        #expect(!left.contains("elsewhere/.w.\(ended).tmp"), "found in its own folder, not through the link")
        var status = stat()
        #expect(lstat(folder.path + "/.z.\(ended).tmp", &status) == 0, "a link with a staged name stays")
    }
}
