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

    /// A file whose target already holds its bytes is left alone (same
    /// inode, same modification time); a changed one, one of another size
    /// and a link where the file goes are replaced.
    @Test func unchangedFilesAreLeftAlone() throws {
        let folder = TemporaryFolder()
        let out = folder.url.appendingPathComponent("out").path
        let first = AtomicWriter(directory: out)
        try first.commit(try first.stage([
            OutputFile(path: "same.txt", text: "same ✓\n"), OutputFile(path: "edited.txt", text: "old\n"),
            OutputFile(path: "data.bin", contents: Data([0, 1, 2])),
        ]))
        let target = folder.write("elsewhere.txt", "same ✓\n")
        try FileManager.default.createSymbolicLink(atPath: out + "/linked.txt", withDestinationPath: target)
        func identity(_ name: String) throws -> (inode: UInt64, modified: Date) {
            let attributes = try FileManager.default.attributesOfItem(atPath: out + "/" + name)
            return ((attributes[.systemFileNumber] as! NSNumber).uint64Value, attributes[.modificationDate] as! Date)
        }
        let before = try ["same.txt", "edited.txt", "data.bin"].map(identity)
        Thread.sleep(forTimeInterval: 0.05)

        let second = AtomicWriter(directory: out)
        try second.commit(try second.stage([
            OutputFile(path: "same.txt", text: "same ✓\n"), OutputFile(path: "edited.txt", text: "new\n"),
            OutputFile(path: "data.bin", contents: Data([0, 1, 2])), OutputFile(path: "linked.txt", text: "same ✓\n"),
        ]))
        let after = try ["same.txt", "edited.txt", "data.bin"].map(identity)
        #expect(after[0].inode == before[0].inode && after[0].modified == before[0].modified)
        #expect(after[2].inode == before[2].inode && after[2].modified == before[2].modified)
        #expect(after[1].inode != before[1].inode)
        #expect(folder.read("out/edited.txt") == "new\n")
        let linked = try FileManager.default.attributesOfItem(atPath: out + "/linked.txt")
        #expect(linked[.type] as? FileAttributeType == .typeRegular, "the link is replaced by the file")
        #expect(folder.snapshot("out").keys.sorted() == ["data.bin", "edited.txt", "linked.txt", "same.txt"])
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
