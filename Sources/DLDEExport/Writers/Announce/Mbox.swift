/// An mbox file (the mboxrd variant) holding messages: each starts with a
/// `From <sender> <asctime date>` line, its lines end in LF (what Python's
/// `mailbox.mbox` and mail readers on Unix expect), a line that starts with
/// `From ` after any number of `>` gets one more `>` (reversible, unlike
/// the older mboxo quoting), and a blank line follows each message.
enum Mbox {
    typealias Entry = (sender: String, date: String, message: String)

    static func file(_ messages: [Entry]) -> String {
        var chunks = ByteChunks(sink: nil)
        write(messages, into: &chunks)
        return String(decoding: chunks.bytes, as: UTF8.self)
    }

    /// `file(messages)`'s bytes handed to `sink` in chunks as they are made
    /// (the messages' texts are not copied into one more text); false when
    /// `sink` fails.
    static func write(_ messages: [Entry], to sink: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var chunks = ByteChunks(sink: sink)
        write(messages, into: &chunks)
        return chunks.flush()
    }

    private static func write(_ messages: [Entry], into chunks: inout ByteChunks) {
        var breaks = SpaceBreaks()
        for entry in messages {
            chunks.bytes += "From \(entry.sender) \(entry.date)\n".utf8
            var message = entry.message
            message.withUTF8 { bytes in
                // Lines split at LF with a CR before it dropped; a last line left empty is none.
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                    var line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
                    if end == bytes.count, line.isEmpty { break }
                    if isFromLine(line, &breaks) { chunks.bytes.append(UInt8(ascii: ">")) }
                    chunks.bytes.append(contentsOf: line)
                    chunks.bytes.append(0x0A)
                    chunks.flushWhenFull()
                    start = end + 1
                }
            }
            chunks.bytes.append(0x0A)
        }
    }

    private static let fromBytes = Array("From ".utf8)

    /// `From ` after zero or more `>`, each a character of its own (a mark
    /// after one makes it another character, as Swift compares them).
    static func isFromLine(_ line: UnsafeBufferPointer<UInt8>, _ breaks: inout SpaceBreaks) -> Bool {
        var index = 0
        while index < line.count, line[index] == UInt8(ascii: ">") { index += 1 }
        let from = fromBytes
        guard line.count - index >= from.count, line[index..<(index + from.count)].elementsEqual(from) else { return false }
        // A `>` or the `m` followed by a mark is not the character itself: the bytes after it differ anyway.
        return breaks.isAlone(line, at: index + from.count - 1)
    }
}
