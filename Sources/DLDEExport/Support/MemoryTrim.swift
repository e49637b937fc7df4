import Foundation

/// Gives memory that the process freed back to the system (glibc's
/// `malloc_trim`, looked up at run time: Swift's Glibc module does not
/// export this GNU extension). Freed memory otherwise stays with the malloc
/// arena of the thread that freed it, and threads with other arenas grow
/// the process instead of reusing it.
public enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()

    public static func returnFreedMemory() {
        _ = trim?(0)
    }
}
