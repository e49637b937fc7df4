/// The strings of a parser's scalars of 16 to 64 bytes, each text made
/// once: affiliations, names and keywords repeat from paper to paper (at
/// 10,000 synthetic papers, 64,601 authors have 19,638 names and 19
/// affiliations), and the model keeps every one. Shorter texts are stored
/// inside the `String` itself; longer ones (titles, abstracts) rarely repeat.
struct ScalarTable {
    /// Hash of the bytes to the first text seen with that hash; a text
    /// whose hash another holds is made anew (not kept once, still right).
    private var made: [Int: String] = [:]

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 15 && bytes.count <= 64 else { return String(decoding: bytes, as: UTF8.self) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        if let known = made[hash] {
            if known.hasBytes(bytes) { return known }
            return String(decoding: bytes, as: UTF8.self)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        made[hash] = text
        return text
    }
}
