import Foundation
import Testing
@testable import DLDEExport

@Suite("Output: staging and committing files")
struct AtomicWriterTests {
    /// A symbolic link (or a stale file) where a temporary file goes is
    /// replaced, never followed: nothing outside the output folder changes.
    @Test func stagingReplacesALinkInsteadOfFollowingIt() throws {
        let folder = TemporaryFolder()
        let outside = folder.write("outside.txt", "keep me\n")
        let out = folder.url.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let temporary = out + "/.a.txt.\(getpid()).tmp"
        try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: outside)

        let writer = AtomicWriter(directory: out)
        let staged = try writer.stage([OutputFile(path: "a.txt", text: "new ✓\n")])
        try writer.commit(staged)

        #expect(folder.read("outside.txt") == "keep me\n")
        #expect(folder.read("out/a.txt") == "new ✓\n")
        #expect(folder.snapshot("out").keys.sorted() == ["a.txt"])
    }

    /// Two jobs that make the same file are a bug, never a silent overwrite:
    /// staging the second fails, and discarding leaves the folder as it was.
    @Test func twoJobsWritingOnePathAreRefused() throws {
        let folder = TemporaryFolder()
        let out = folder.url.appendingPathComponent("out").path
        let writer = AtomicWriter(directory: out)
        _ = try writer.stage([OutputFile(path: "site/feed.xml", text: "one\n")])
        #expect(throws: ExportError.self) {
            try writer.stage([OutputFile(path: "site/./feed.xml", text: "two\n")])
        }
        writer.discard()
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Staged files from several threads, then a failure: discarding leaves
    /// the folder as it was, folders created for the outputs included.
    @Test func discardRemovesEveryStagedFileAndCreatedFolder() throws {
        let folder = TemporaryFolder()
        folder.write("out/old.txt", "old\n")
        let out = folder.url.appendingPathComponent("out").path
        let before = folder.snapshot("out")
        let writer = AtomicWriter(directory: out)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            _ = try? writer.stage([OutputFile(path: "sub/\(index)/f.txt", contents: Data(repeating: UInt8(index), count: 1000)),
                                   OutputFile(path: "old.txt", text: "new \(index)\n")])
        }
        writer.discard()
        #expect(folder.snapshot("out") == before)
    }
}
