import Foundation
import Testing
@testable import DLDEExport

/// A streamed file is compared with the file in place as it is made: the
/// same bytes leave no temporary behind, and any difference (a byte, a
/// length, beyond what is kept in memory) ends with the new bytes in the
/// temporary.
@Suite("Streamed files staged against the file in place")
struct StreamedStagingTests {
    /// Stages `bytes` in chunks of `chunk` against `existing` (nil: no file in place).
    /// With `temporaryName` in a folder that does not exist, the temporary
    /// cannot be made.
    static func stage(_ bytes: [UInt8], chunk: Int, existing: [UInt8]?, link: Bool = false,
                      temporaryName: String = ".page.html.tmp") -> (StreamedStaging.Outcome, temporary: [UInt8]?) {
        let folder = TemporaryFolder()
        let target = folder.url.appendingPathComponent("page.html").path
        let temporary = folder.url.appendingPathComponent(temporaryName).path
        if let existing {
            let path = link ? folder.url.appendingPathComponent("elsewhere.html").path : target
            FileManager.default.createFile(atPath: path, contents: Data(existing))
            if link { try? FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: path) }
        }
        let staging = StreamedStaging(targetPath: target, temporaryPath: temporary)
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + max(chunk, 1), bytes.count)
            #expect(bytes[offset..<end].withUnsafeBytes { staging.take($0) })
            offset = end
        }
        let outcome = staging.finish()
        let written = FileManager.default.contents(atPath: temporary).map { [UInt8]($0) }
        if let existing, !link { #expect(FileManager.default.contents(atPath: target).map { [UInt8]($0) } == existing, "the file in place is never touched") }
        return (outcome, written)
    }

    static let page = Array((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })

    @Test(arguments: [1, 100, 4096, 10000])
    func theSameBytesLeaveNoTemporary(chunk: Int) {
        let (outcome, temporary) = Self.stage(Self.page, chunk: chunk, existing: Self.page)
        #expect(outcome == .same)
        #expect(temporary == nil)
    }

    @Test(arguments: [1, 100, 4096])
    func anyDifferenceEndsWithTheNewBytesInTheTemporary(chunk: Int) {
        var changedLate = Self.page
        changedLate[4999] ^= 1
        var changedEarly = Self.page
        changedEarly[0] ^= 1
        for existing in [changedLate, changedEarly, Array(Self.page.dropLast()), Self.page + [0], [], nil] as [[UInt8]?] {
            let (outcome, temporary) = Self.stage(Self.page, chunk: chunk, existing: existing)
            #expect(outcome == .written)
            #expect(temporary == Self.page)
        }
    }

    @Test func anEmptyFile() {
        #expect(Self.stage([], chunk: 1, existing: []).0 == .same)
        let (outcome, temporary) = Self.stage([], chunk: 1, existing: [1])
        #expect(outcome == .written && temporary == [])
        #expect(Self.stage([], chunk: 1, existing: nil).1 == [])
    }

    static let large = Array((0..<(StreamedStaging.keptLimit * 2 + 123)).map { UInt8(truncatingIfNeeded: $0 &* 13) })

    @Test(arguments: [65536, 1000])
    func beyondWhatIsKept(chunk: Int) {
        let large = Self.large
        let same = Self.stage(large, chunk: chunk, existing: large, temporaryName: "missing/.page.html.tmp")
        #expect(same.0 == .same && same.temporary == nil, "an unchanged large file makes no temporary")
        let limit = StreamedStaging.keptLimit
        for position in [0, limit - 1, limit, limit + 1, limit + chunk, large.count / 2 + 7, large.count - 1] {
            var changed = large
            changed[position] ^= 1
            let different = Self.stage(large, chunk: chunk, existing: changed)
            #expect(different.0 == .written && different.temporary == large, "a difference at \(position)")
        }
        for existing in [Array(large.dropLast()), large + [0], Array(large.prefix(limit + 5))] {
            let different = Self.stage(large, chunk: chunk, existing: existing)
            #expect(different.0 == .written && different.temporary == large, "a file in place of \(existing.count) bytes")
        }
    }

    @Test func aLinkInPlaceIsNotFollowed() {
        let (outcome, temporary) = Self.stage(Self.page, chunk: 100, existing: Self.page, link: true)
        #expect(outcome == .written)
        #expect(temporary == Self.page)
    }
}
