/// Reading scalars out of valid UTF-8 (bytes of Swift strings) without a
/// `String`: the lead byte gives the length.
enum UTF8Scalar {
    /// The bytes of the scalar whose first byte is `lead`.
    static func width(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar starting at `index` and its length in bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[index]
        let width = width(lead: lead)
        guard width > 1 else { return (Unicode.Scalar(lead), 1) }
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value)!, width)
    }

    /// The index of the first non-ASCII byte at or after `index`
    /// (`bytes.count` when there is none), looked at eight bytes at a time:
    /// the texts these walks read are mostly ASCII.
    static func nextNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var index = index
        let raw = UnsafeRawPointer(base)
        while index + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < bytes.count, base[index] < 0x80 { index += 1 }
        return index
    }
}
