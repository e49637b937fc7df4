/// Where a rendering writes: a byte buffer that either grows into the
/// whole text, or is handed on in pieces of about 1 MiB that end at line
/// ends (`init(pieces:)`), or goes to `sink`
/// (an open file) in chunks of about 64 KiB, or (`discarding`) is thrown
/// away as it is made.
final class TemplateOutput {
    /// The bytes kept (`init()`) or not yet handed on.
    var bytes: [UInt8] { buffer.pointee }
    /// `bytes`, behind a pointer: every append changes them, and a class's
    /// stored property is checked for exclusive access at run time at each
    /// change (half a million times for 1,000 papers); memory behind a
    /// pointer is not.
    private let buffer: UnsafeMutablePointer<[UInt8]> = {
        let buffer = UnsafeMutablePointer<[UInt8]>.allocate(capacity: 1)
        buffer.initialize(to: [])
        return buffer
    }()
    private let sink: ((UnsafeRawBufferPointer) -> Bool)?
    private let discards: Bool
    /// Takes each piece as it is cut (`init(pieces:)`).
    private let pieceSink: (([UInt8]) -> Bool)?
    /// `bytes` before this hold no line end.
    private var searched = 0
    /// The sink refused a chunk: nothing more is written.
    private(set) var failed = false

    private static let chunk = 1 << 16
    private static let piece = 1 << 20

    /// Keeps the whole text (`bytes`).
    init() {
        sink = nil
        discards = false
        pieceSink = nil
        buffer.pointee.reserveCapacity(Self.chunk)
    }

    /// Hands the text to `take` in pieces of about 1 MiB, each ending with
    /// a line end but the last (`finishPieces`); `take` returns false when
    /// it cannot go on. A text of tens of megabytes is never one buffer
    /// (whose growth would hold it twice).
    init(pieces take: @escaping ([UInt8]) -> Bool) {
        sink = nil
        discards = false
        pieceSink = take
        buffer.pointee.reserveCapacity(Self.piece + Self.chunk)
    }

    /// Hands the text to `sink` in chunks; `sink` returns false when it
    /// cannot write.
    init(sink: @escaping (UnsafeRawBufferPointer) -> Bool) {
        self.sink = sink
        discards = false
        pieceSink = nil
        buffer.pointee.reserveCapacity(Self.chunk * 2)
    }

    private init(discarding: Void) {
        sink = nil
        discards = true
        pieceSink = nil
    }

    deinit {
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }

    /// An output that keeps nothing (renderings made only to check names).
    static func discarding() -> TemplateOutput { TemplateOutput(discarding: ()) }

    func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard !discards, !buffer.isEmpty else { return }
        self.buffer.pointee.append(contentsOf: buffer)
        if sink != nil, self.buffer.pointee.count >= Self.chunk { flush() }
        if pieceSink != nil, self.buffer.pointee.count >= Self.piece { cutAtLastLine() }
    }

    private func cutAtLastLine() {
        // Only bytes not searched before can hold a line end (a text of one
        // long line is searched once).
        guard let end = buffer.pointee[searched...].lastIndex(of: UInt8(ascii: "\n")) else {
            searched = buffer.pointee.count
            return
        }
        hand(Array(buffer.pointee[...end]))
        buffer.pointee.removeSubrange(...end)
        searched = buffer.pointee.count
    }

    /// Every piece but the last ends with a line end, so none splits a
    /// character.
    private func hand(_ piece: [UInt8]) {
        if let pieceSink, !failed { failed = !pieceSink(piece) }
    }

    /// Hands what is left, the last piece, to `take` (`init(pieces:)`).
    func finishPieces() {
        guard pieceSink != nil, !buffer.pointee.isEmpty else { return }
        hand(buffer.pointee)
        buffer.pointee = []
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer(append)
    }

    func append(_ text: String) {
        guard !discards else { return }
        text.withUTF8Bytes(append)
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` as HTML's entities, byte by
    /// byte (UTF-8 never uses these bytes inside another character).
    func appendHTMLEscaped(_ text: String) {
        guard !discards else { return }
        Self.htmlSpecial.withUnsafeBufferPointer { special in text.withUTF8Bytes { utf8 in
            var run = 0
            // One table lookup per byte; the five bytes with entities are few.
            for index in utf8.indices where special[Int(utf8[index])] {
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
        } }
    }

    /// The bytes `appendHTMLEscaped` writes as entities.
    private static let htmlSpecial: [Bool] = (0...255).map { "<>&\"'".utf8.contains(UInt8($0)) }

    /// Writes what is buffered to the sink.
    func flush() {
        guard let sink, !buffer.pointee.isEmpty else { return }
        if !failed { failed = !buffer.pointee.withUnsafeBytes(sink) }
        buffer.pointee.removeAll(keepingCapacity: true)
    }
}
