/// Where a rendering writes: a byte buffer that either grows into the
/// whole text, or goes to `sink` (an open file) in chunks of about 64 KiB,
/// or (`discarding`) is thrown away as it is made.
final class TemplateOutput {
    private(set) var bytes: [UInt8] = []
    private let sink: ((UnsafeRawBufferPointer) -> Bool)?
    private let discards: Bool
    /// The sink refused a chunk: nothing more is written.
    private(set) var failed = false

    private static let chunk = 1 << 16

    /// Keeps the whole text (`bytes`).
    init() {
        sink = nil
        discards = false
        bytes.reserveCapacity(Self.chunk)
    }

    /// Hands the text to `sink` in chunks; `sink` returns false when it
    /// cannot write.
    init(sink: @escaping (UnsafeRawBufferPointer) -> Bool) {
        self.sink = sink
        discards = false
        bytes.reserveCapacity(Self.chunk * 2)
    }

    private init(discarding: Void) {
        sink = nil
        discards = true
    }

    /// An output that keeps nothing (renderings made only to check names).
    static func discarding() -> TemplateOutput { TemplateOutput(discarding: ()) }

    func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard !discards, !buffer.isEmpty else { return }
        bytes.append(contentsOf: buffer)
        if sink != nil, bytes.count >= Self.chunk { flush() }
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer(append)
    }

    func append(_ text: String) {
        guard !discards else { return }
        var text = text
        text.withUTF8(append)
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` as HTML's entities, byte by
    /// byte (UTF-8 never uses these bytes inside another character).
    func appendHTMLEscaped(_ text: String) {
        guard !discards else { return }
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            for index in utf8.indices {
                let entity: StaticString
                switch utf8[index] {
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                append(UnsafeBufferPointer(rebasing: utf8[run..<index]))
                entity.withUTF8Buffer(append)
                run = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
    }

    /// Writes what is buffered to the sink.
    func flush() {
        guard let sink, !bytes.isEmpty else { return }
        if !failed { failed = !bytes.withUnsafeBytes(sink) }
        bytes.removeAll(keepingCapacity: true)
    }
}
