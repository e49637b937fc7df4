import Foundation

/// Files compared and copied by their bytes, for staging: a streamed file
/// (the booklet's HTML) is known only once written, and its copy under
/// `site/` is the same bytes again.
enum FileBytes {
    /// True when `first` and `second` are regular files (not links) with
    /// the same bytes, read in pieces.
    static func equal(_ first: String, _ second: String) -> Bool {
        guard let size = regularSize(first), regularSize(second) == size else { return false }
        let a = open(first, O_RDONLY), b = open(second, O_RDONLY)
        defer {
            if a >= 0 { close(a) }
            if b >= 0 { close(b) }
        }
        guard a >= 0, b >= 0 else { return false }
        let piece = 1 << 16
        var left = [UInt8](repeating: 0, count: piece), right = [UInt8](repeating: 0, count: piece)
        while true {
            let count = left.withUnsafeMutableBytes { readFully(a, $0) }
            guard count >= 0, right.withUnsafeMutableBytes({ readFully(b, UnsafeMutableRawBufferPointer(rebasing: $0[..<max(count, 1)])) }) == count else { return false }
            if count == 0 { return true }
            guard memcmp(left, right, count) == 0 else { return false }
        }
    }

    /// Creates `target` (removing whatever is there first, never following
    /// a link) with the bytes of the file at `source`; false when it cannot.
    static func copy(_ source: String, to target: String) -> Bool {
        let input = open(source, O_RDONLY)
        guard input >= 0 else { return false }
        defer { close(input) }
        _ = unlink(target)
        let output = open(target, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard output >= 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var copied = true
        while copied {
            let count = buffer.withUnsafeMutableBytes { readFully(input, $0) }
            if count <= 0 {
                copied = count == 0
                break
            }
            copied = buffer.withUnsafeBytes { writeFully(output, UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return close(output) == 0 && copied
    }

    /// The size of a regular file at `path`, nil for anything else.
    private static func regularSize(_ path: String) -> Int? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Reads until `buffer` is full or the file ends: the bytes read, -1 on error.
    private static func readFully(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        var filled = 0
        while filled < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    private static func writeFully(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
