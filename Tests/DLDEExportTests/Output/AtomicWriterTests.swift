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

    /// A streamed file is known only once written: when the file in place
    /// holds the same bytes it is left alone, like any other. A copy of it
    /// in the same job (the site's booklet inside `all`) is staged from its
    /// bytes, so the stream is made once, and is left alone or replaced by
    /// the same rule, also when the original was unchanged.
    @Test func streamsAndTheirCopiesAreMadeOnceAndLeftAloneWhenTheSame() throws {
        let folder = TemporaryFolder()
        let out = folder.url.appendingPathComponent("out").path
        let runs = Counter()
        func files(_ text: String) -> [OutputFile] {
            let original = OutputFile(path: "program.html", streaming: { write in
                runs.add()
                return text.utf8.withContiguousStorageIfAvailable { write(UnsafeRawBufferPointer($0)) } ?? false
            })
            return SiteCopies.withCopies([original])
        }
        func identity(_ name: String) throws -> (inode: UInt64, modified: Date) {
            let attributes = try FileManager.default.attributesOfItem(atPath: out + "/" + name)
            return ((attributes[.systemFileNumber] as! NSNumber).uint64Value, attributes[.modificationDate] as! Date)
        }
        func run(_ text: String) throws {
            let writer = AtomicWriter(directory: out)
            try writer.commit(try writer.stage(files(text)))
        }

        try run("booklet ✓\n")
        #expect(runs.value == 1)
        #expect(folder.read("out/program.html") == "booklet ✓\n")
        #expect(folder.read("out/site/program.html") == "booklet ✓\n")
        let first = try ["program.html", "site/program.html"].map(identity)
        Thread.sleep(forTimeInterval: 0.05)

        try run("booklet ✓\n")
        #expect(runs.value == 2)
        let second = try ["program.html", "site/program.html"].map(identity)
        #expect(zip(first, second).allSatisfy { $0.inode == $1.inode && $0.modified == $1.modified })

        // The copy edited by hand: the original is left alone, the copy repaired from it.
        folder.write("out/site/program.html", "edited\n")
        try run("booklet ✓\n")
        #expect(try identity("program.html").inode == first[0].inode)
        #expect(folder.read("out/site/program.html") == "booklet ✓\n")

        try run("booklet, second edition\n")
        #expect(runs.value == 4)
        #expect(folder.read("out/program.html") == "booklet, second edition\n")
        #expect(folder.read("out/site/program.html") == "booklet, second edition\n")
        #expect(folder.snapshot("out").keys.sorted() == ["program.html", "site", "site/program.html"], "no temporaries left")
    }
}

/// Counts calls from any thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
