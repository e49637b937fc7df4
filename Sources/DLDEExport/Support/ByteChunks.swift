/// A text's bytes handed to a sink in chunks of about `size` bytes as the
/// text is made, so a streamed file's text is never held whole; without a
/// sink, the whole text is kept in `bytes`. Once the sink refuses a chunk,
/// nothing more is handed on (`failed`).
struct ByteChunks {
    /// What is made and not handed on yet (without a sink, the whole text).
    var bytes: [UInt8] = []
    private let sink: ((UnsafeRawBufferPointer) -> Bool)?
    private let size: Int
    /// The sink refused a chunk.
    private(set) var failed = false

    init(size: Int = 1 << 16, sink: ((UnsafeRawBufferPointer) -> Bool)?) {
        self.size = size
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? 1024 : size + size / 2)
    }

    /// Hands the bytes on once there are more than `size` of them.
    /// - Returns: false once the sink has refused a chunk.
    @discardableResult
    mutating func flushWhenFull() -> Bool {
        if sink != nil, bytes.count > size { return flush() }
        return !failed
    }

    /// Hands on what is made (at the end of the text).
    /// - Returns: false once the sink has refused a chunk.
    @discardableResult
    mutating func flush() -> Bool {
        guard let sink, !bytes.isEmpty else { return !failed }
        if !failed { failed = !bytes.withUnsafeBytes(sink) }
        bytes.removeAll(keepingCapacity: true)
        return !failed
    }
}
