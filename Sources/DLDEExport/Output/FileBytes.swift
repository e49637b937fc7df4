import Foundation

/// Files created, compared and copied by their bytes, for staging. Files
/// are created new (whatever was at the path, a stale temporary or a
/// symbolic link, removed first), so nothing outside the output folder is
/// ever written; a file in place is compared only when it is a regular
/// file, never through a link.
enum FileBytes {
    /// A descriptor of a file created new at `path` for writing, or -1.
    /// Whatever is in the way (`O_EXCL` refuses a link too) is removed and
    /// the file created again. (Removing first, always, took the folder's
    /// lock once more per file: 2 % of a first `all` at 10,000 papers.)
    static func createNew(_ path: String) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor < 0, errno == EEXIST else { return descriptor }
        _ = unlink(path)
        return open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    }

    /// Writes all of `buffer`; false when the file cannot take it.
    static func writeFully(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        repeating(buffer.count) { done in write(descriptor, buffer.baseAddress! + done, buffer.count - done) } == buffer.count
    }

    /// True when `path` is a regular file holding exactly `bytes` (read in
    /// pieces, each compared as it comes).
    static func holds(_ path: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard regularSize(path) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: min(max(bytes.count, 1), 1 << 16))
        var offset = 0
        while offset < bytes.count {
            let count = buffer.withUnsafeMutableBytes { readFully(descriptor, UnsafeMutableRawBufferPointer(rebasing: $0[..<min($0.count, bytes.count - offset)])) }
            guard count > 0, memcmp(buffer, bytes.baseAddress! + offset, count) == 0 else { return false }
            offset += count
        }
        return true
    }

    /// True when `first` and `second` are regular files with the same bytes.
    static func equal(_ first: String, _ second: String) -> Bool {
        guard let size = regularSize(first), regularSize(second) == size else { return false }
        let a = open(first, O_RDONLY), b = open(second, O_RDONLY)
        defer {
            if a >= 0 { close(a) }
            if b >= 0 { close(b) }
        }
        guard a >= 0, b >= 0 else { return false }
        var left = [UInt8](repeating: 0, count: 1 << 16), right = left
        while true {
            let count = left.withUnsafeMutableBytes { readFully(a, $0) }
            guard count >= 0, right.withUnsafeMutableBytes({ readFully(b, UnsafeMutableRawBufferPointer(rebasing: $0[..<max(count, 1)])) }) == count else { return false }
            if count == 0 { return true }
            guard memcmp(left, right, count) == 0 else { return false }
        }
    }

    /// Creates `target` new with the bytes of the file at `source`; false
    /// when it cannot.
    static func copy(_ source: String, to target: String) -> Bool {
        let input = open(source, O_RDONLY)
        guard input >= 0 else { return false }
        defer { close(input) }
        let output = createNew(target)
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

    /// Writes the first `count` bytes of the file open as `input` (read
    /// from its start, its offset left alone) to `output`; false when the
    /// file is shorter or either side fails.
    static func copyStart(of input: Int32, count: Int, to output: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: min(count, 1 << 20))
        var done = 0
        while done < count {
            let wanted = min(buffer.count, count - done)
            let read = buffer.withUnsafeMutableBytes { bytes in
                repeating(wanted) { did in pread(input, bytes.baseAddress! + did, wanted - did, off_t(done + did)) }
            }
            guard read == wanted, buffer.withUnsafeBytes({ writeFully(output, UnsafeRawBufferPointer(rebasing: $0[..<wanted])) }) else {
                return false
            }
            done += wanted
        }
        return true
    }

    /// The size of a regular file at `path`, nil for anything else.
    private static func regularSize(_ path: String) -> Int? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Reads until `buffer` is full or the file ends: the bytes read, -1 on error.
    static func readFully(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        repeating(buffer.count) { done in read(descriptor, buffer.baseAddress! + done, buffer.count - done) }
    }

    /// Calls `step` with the bytes done so far (it reads or writes from
    /// there and says how many it did) until `count` are done or it does
    /// none (the file's end); again when it is interrupted by a signal.
    /// The bytes done, or -1 when a step fails.
    private static func repeating(_ count: Int, _ step: (_ done: Int) -> Int) -> Int {
        var done = 0
        while done < count {
            let did = step(done)
            if did < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if did == 0 { break }
            done += did
        }
        return done
    }
}
