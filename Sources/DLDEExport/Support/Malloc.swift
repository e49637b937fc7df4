import CMalloc

/// What the tool asks of glibc's malloc, whose defaults suit it badly: it
/// keeps freed memory with the arena of the thread that freed it, and
/// after the first large block is freed it stops giving large blocks back.
public enum Malloc {
    /// Gives memory that the process freed back to the system. Freed memory
    /// otherwise stays with the malloc arena of the thread that freed it,
    /// and threads with other arenas grow the process instead of reusing it.
    public static func returnFreedMemory() {
        dlde_trim()
    }

    /// Blocks of 128 KiB and more (a file read whole, a feed's entry, a
    /// long mail, the arrays of 10,000 papers) are mapped on their own and
    /// given back when freed. 128 KiB is glibc's own starting size, but
    /// glibc raises it to that of each large block freed (up to 32 MiB),
    /// after which such blocks come from the arenas and their space stays
    /// with the process: `all` at 10,000 papers peaked 25–30 MiB higher.
    /// Fixed at 4 MiB it peaked 4–6 MiB higher than at 128 KiB (the blocks
    /// of 0.1–4 MiB, freed between longer-lived ones, left holes), with no
    /// difference in CPU time measurable on this VM. Call once, at start.
    public static func mapLargeBlocksAlone() {
        _ = dlde_map_blocks_from(128 << 10)
    }

    /// Bytes handed out and not freed (0 without glibc), for `DLDE_TIMING`.
    static var heapInUse: Int { Int(dlde_heap_in_use()) }
}
