/// Whether a text is certainly in Unicode's NFC without normalising it:
/// Unicode's quick check (UAX #15), in the form the booklet needs. A text
/// is certainly NFC when none of its characters is a combining mark and
/// none is in `sensitive`: the characters that cannot stay in NFC (their
/// `NFC_Quick_Check` is No: singletons such as U+2126 OHM SIGN, composition
/// exclusions, CJK compatibility ideographs) and those that combine with
/// the character before them without being marks (No or Maybe with
/// combining class 0: Hangul vowel and final jamo, some Indic vowel signs).
/// Foundation's normalisation costs far more than this scan, and most
/// text passes it.
///
/// `sensitive` was derived from Foundation's own decompositions of every
/// scalar; `NFCQuickCheckTests` derives it again and compares.
enum NFCQuickCheck {
    /// True when normalising `text` to NFC cannot change it.
    static func isCertainlyNFC(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = UTF8Scalar.nextNonASCII(in: text, from: 0)
        while index < text.count {
            let (scalar, width) = UTF8Scalar.decode(text, at: index)
            guard isInert(scalar) else { return false }
            index = UTF8Scalar.nextNonASCII(in: text, from: index + width)
        }
        return true
    }

    /// `isCertainlyNFC` of a string.
    static func isCertainlyNFC(_ text: String) -> Bool {
        text.withUTF8Bytes(isCertainlyNFC)
    }

    /// Neither a combining mark nor in `sensitive`.
    static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.canonicalCombiningClass == .notReordered else { return false }
        let value = scalar.value
        // The first sensitive character is U+0340; most text stops here.
        if value < 0x0340 { return true }
        var low = 0
        var high = sensitive.count
        while low < high {
            let middle = (low + high) / 2
            if sensitive[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low == sensitive.count || !sensitive[low].contains(value)
    }

    /// The characters that can make a text without combining marks differ
    /// from its NFC, in order.
    static let sensitive: [ClosedRange<UInt32>] = [
        0x0340...0x0341, 0x0343...0x0344, 0x0374...0x0374, 0x037E...0x037E, 0x0387...0x0387,
        0x0958...0x095F, 0x09BE...0x09BE, 0x09D7...0x09D7, 0x09DC...0x09DD, 0x09DF...0x09DF,
        0x0A33...0x0A33, 0x0A36...0x0A36, 0x0A59...0x0A5B, 0x0A5E...0x0A5E, 0x0B3E...0x0B3E,
        0x0B56...0x0B57, 0x0B5C...0x0B5D, 0x0BBE...0x0BBE, 0x0BD7...0x0BD7, 0x0CC2...0x0CC2,
        0x0CD5...0x0CD6, 0x0D3E...0x0D3E, 0x0D57...0x0D57, 0x0DCF...0x0DCF, 0x0DDF...0x0DDF,
        0x0F43...0x0F43, 0x0F4D...0x0F4D, 0x0F52...0x0F52, 0x0F57...0x0F57, 0x0F5C...0x0F5C,
        0x0F69...0x0F69, 0x0F73...0x0F73, 0x0F75...0x0F76, 0x0F78...0x0F78, 0x0F81...0x0F81,
        0x0F93...0x0F93, 0x0F9D...0x0F9D, 0x0FA2...0x0FA2, 0x0FA7...0x0FA7, 0x0FAC...0x0FAC,
        0x0FB5...0x0FB5, 0x0FB7...0x0FB7, 0x0FB9...0x0FB9, 0x102E...0x102E, 0x1161...0x1175,
        0x11A8...0x11C2, 0x1B35...0x1B35, 0x1F71...0x1F71, 0x1F73...0x1F73, 0x1F75...0x1F75,
        0x1F77...0x1F77, 0x1F79...0x1F79, 0x1F7B...0x1F7B, 0x1F7D...0x1F7D, 0x1FBB...0x1FBB,
        0x1FBE...0x1FBE, 0x1FC9...0x1FC9, 0x1FCB...0x1FCB, 0x1FD3...0x1FD3, 0x1FDB...0x1FDB,
        0x1FE3...0x1FE3, 0x1FEB...0x1FEB, 0x1FEE...0x1FEF, 0x1FF9...0x1FF9, 0x1FFB...0x1FFB,
        0x1FFD...0x1FFD, 0x2000...0x2001, 0x2126...0x2126, 0x212A...0x212B, 0x2329...0x232A,
        0x2ADC...0x2ADC, 0xF900...0xFA0D, 0xFA10...0xFA10, 0xFA12...0xFA12, 0xFA15...0xFA1E,
        0xFA20...0xFA20, 0xFA22...0xFA22, 0xFA25...0xFA26, 0xFA2A...0xFA6D, 0xFA70...0xFAD9,
        0xFB1D...0xFB1D, 0xFB1F...0xFB1F, 0xFB2A...0xFB36, 0xFB38...0xFB3C, 0xFB3E...0xFB3E,
        0xFB40...0xFB41, 0xFB43...0xFB44, 0xFB46...0xFB4E, 0x11127...0x11127, 0x1133E...0x1133E,
        0x11357...0x11357, 0x114B0...0x114B0, 0x114BA...0x114BA, 0x114BD...0x114BD,
        0x115AF...0x115AF, 0x11930...0x11930, 0x1D15E...0x1D164, 0x1D1BB...0x1D1C0,
        0x2F800...0x2FA1D
    ]
}
