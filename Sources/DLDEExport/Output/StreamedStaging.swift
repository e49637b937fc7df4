import Foundation

/// A streamed file staged against the file already at its target. Each
/// chunk is compared with the target's next bytes as it is made, and kept
/// (up to `keptLimit` bytes) while they agree. A file that turns out the
/// same as the one in place is never written: a rerun on unchanged input
/// writes no page of the site, and no feed or booklet of tens of
/// megabytes. One that differs is written to its temporary from its first
/// difference on, after what agreed: the bytes kept, or, past the limit,
/// the same number of bytes copied from the start of the file in place.
final class StreamedStaging {
    enum Outcome {
        /// The target already holds these bytes; nothing is left to rename.
        case same
        /// The bytes are in the temporary.
        case written
        /// The temporary could not be created or written.
        case failed
    }

    /// Bytes kept in memory while they match: a site page (about 16 KB)
    /// fits. A longer file that turns out to differ starts its temporary
    /// with a copy of the file in place instead. (At 1 MiB, every run kept
    /// the first megabyte of each long file in blocks malloc maps fresh, a
    /// page fault per 4 KiB: about 2,000 faults at 1,000 papers.)
    static let keptLimit = 1 << 16

    private let temporaryPath: String
    /// The file in place (a regular file, never through a link), or -1.
    private var target: Int32
    private var temporary: Int32 = -1
    private var kept: [UInt8] = []
    /// Bytes that agreed past what is kept (then nothing is kept): the
    /// temporary starts with this many bytes of the target.
    private var agreed = 0
    /// Whether every byte so far equals the target's.
    private var same: Bool
    private var compared: [UInt8] = []

    init(targetPath: String, temporaryPath: String) {
        self.temporaryPath = temporaryPath
        var status = stat()
        let descriptor = open(targetPath, O_RDONLY | O_NOFOLLOW)
        if descriptor >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            target = descriptor
        } else {
            if descriptor >= 0 { close(descriptor) }
            target = -1
        }
        same = target >= 0
    }

    deinit {
        if target >= 0 { close(target) }
        if temporary >= 0 { close(temporary) }
    }

    /// Takes the next chunk; false when the temporary cannot take it.
    func take(_ chunk: UnsafeRawBufferPointer) -> Bool {
        if same { same = targetContinues(with: chunk) }
        if temporary < 0 {
            if same {
                if agreed == 0 && kept.count + chunk.count <= Self.keptLimit {
                    kept.append(contentsOf: chunk)
                } else {
                    agreed += kept.count + chunk.count
                    kept = []
                }
                return true
            }
            guard startWriting() else { return false }
        }
        return FileBytes.writeFully(temporary, chunk)
    }

    /// Once every chunk is taken: whether the file is the one in place or
    /// waits in the temporary.
    func finish() -> Outcome {
        if same {
            // The same only if the file in place ends here too.
            var byte: UInt8 = 0
            same = withUnsafeMutableBytes(of: &byte) { FileBytes.readFully(target, $0) } == 0
        }
        // While the bytes agree, no temporary is made.
        if same { return .same }
        if temporary < 0 {
            guard startWriting() else { return .failed }
        }
        let closed = close(temporary) == 0
        temporary = -1
        return closed ? .written : .failed
    }

    /// Whether the target's next bytes are `chunk`'s.
    private func targetContinues(with chunk: UnsafeRawBufferPointer) -> Bool {
        if compared.count < chunk.count { compared = [UInt8](repeating: 0, count: chunk.count) }
        let count = compared.withUnsafeMutableBytes { FileBytes.readFully(target, UnsafeMutableRawBufferPointer(rebasing: $0[..<chunk.count])) }
        return count == chunk.count && (count == 0 || memcmp(compared, chunk.baseAddress!, count) == 0)
    }

    /// Creates the temporary and writes what agreed into it.
    private func startWriting() -> Bool {
        temporary = FileBytes.createNew(temporaryPath)
        guard temporary >= 0 else { return false }
        if agreed > 0 {
            return FileBytes.copyStart(of: target, count: agreed, to: temporary)
        }
        let written = kept.withUnsafeBytes { FileBytes.writeFully(temporary, $0) }
        kept = []
        return written
    }
}
