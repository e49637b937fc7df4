import Foundation
import Testing
@testable import DLDEExport

/// A staged file is always created new: nothing in the way is written
/// through, a link least of all.
@Suite("Files created new for staging")
struct FileBytesTests {
    static func create(_ path: String, _ text: String) -> Bool {
        let descriptor = FileBytes.createNew(path)
        guard descriptor >= 0 else { return false }
        let written = Array(text.utf8).withUnsafeBytes { FileBytes.writeFully(descriptor, $0) }
        return close(descriptor) == 0 && written
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aFreshName() {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("new.html").path
        #expect(Self.create(path, "new"))
        #expect(Self.contents(path) == "new")
    }

    @Test func aFileInTheWayIsReplacedNotWrittenInto() throws {
        let folder = TemporaryFolder()
        let path = folder.write("stale.html", "a longer stale text")
        // A second name for the old file: it must keep the old bytes.
        let other = folder.url.appendingPathComponent("other-name").path
        try FileManager.default.linkItem(atPath: path, toPath: other)
        #expect(Self.create(path, "new"))
        #expect(Self.contents(path) == "new")
        #expect(Self.contents(other) == "a longer stale text", "the old file was written into, not replaced")
    }

    @Test func aLinkInTheWayIsRemovedAndItsTargetLeftAlone() throws {
        let folder = TemporaryFolder()
        let outside = folder.write("outside/secret.txt", "keep me")
        let path = folder.url.appendingPathComponent("page.html").path
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
        #expect(Self.create(path, "new"))
        #expect(Self.contents(outside) == "keep me")
        #expect(Self.contents(path) == "new")
        let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test func aFolderInTheWayIsAFailure() {
        let folder = TemporaryFolder()
        let path = folder.url.appendingPathComponent("taken").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(FileBytes.createNew(path) < 0)
    }
}
