/// The explicit table behind `LaTeXCharacters`: what the program's preamble
/// can set. Change it only together with the preamble in
/// `templates/program.tex.mustache` (a test compiles every entry).
enum LaTeXCharacterTable {
    /// Kept as UTF-8: `inputenc` maps them for T1 (`t1enc.dfu`) and TS1/OMS
    /// symbols the Palatino (psnfss) fonts carry.
    static let native: [ClosedRange<UInt32>] = [
        0x00A0...0x00B7, 0x00B9...0x00FF, // Latin-1 letters and common symbols
        0x0100...0x0125, 0x0128...0x0137, 0x0139...0x013E, 0x0141...0x0148,
        0x014A...0x0165, 0x0168...0x017E, // Latin Extended-A (T1)
        0x01C4...0x01D4, 0x01E2...0x01E3, 0x01E6...0x01EB, 0x01F0...0x01F0,
        0x01F4...0x01F5, 0x0218...0x021B, 0x0232...0x0233, 0x0237...0x0237,
        0x02C7...0x02C7, 0x02D8...0x02D9, 0x02DB...0x02DB, 0x02DD...0x02DD,
        0x1E02...0x1E03, 0x1E0D...0x1E0D, 0x1E1E...0x1E21, 0x1E25...0x1E25,
        0x1E30...0x1E31, 0x1E37...0x1E37, 0x1E43...0x1E43, 0x1E45...0x1E45,
        0x1E47...0x1E47, 0x1E5B...0x1E5B, 0x1E63...0x1E63, 0x1E6D...0x1E6D,
        0x1E8E...0x1E91, 0x1E9E...0x1E9E, 0x1EF2...0x1EF3,
        0x2010...0x2014, 0x2018...0x201A, 0x201C...0x201E, 0x2020...0x2022,
        0x2030...0x2030, 0x2039...0x203A, 0x2044...0x2044, 0x20AC...0x20AC,
        0x2122...0x2122, 0x2190...0x2193, 0xFB00...0xFB04,
    ]

    /// Other common typographic characters, with the command that sets them.
    static let symbols: [UInt32: String] = [
        0x00B8: "\\c{}", // cedilla
        0x2002: "\\enspace{}", 0x2003: "\\quad{}", 0x2009: "\\,", 0x200A: "\\,", 0x202F: "\\,",
        0x200B: "\\hspace{0pt}", 0x200C: "{}", 0x200D: "{}", 0x2060: "{}", 0xFEFF: "{}",
        0x2011: "\\mbox{-}", 0x2015: "\\textemdash{}", 0x2026: "\\dots{}", 0x2032: "\\ensuremath{'}",
        0x2033: "\\ensuremath{''}", 0x02BB: "\\textquoteleft{}", 0x02BC: "\\textquoteright{}", 0x2212: "\\ensuremath{-}",
    ]

    /// Greek letters (U+0391 to U+03C9) and the key of the URW Symbol font
    /// that holds each.
    static let greek: [UInt32: String] = {
        let capitals = "ABGDEZHQIKLMNXOPR" + "STUFCYW" // Α..Ρ, (no U+03A2), Σ..Ω
        let small = "abgdezhqiklmnxoprVstufcyw" // α..ω with ς = V
        var table: [UInt32: String] = [:]
        var code: UInt32 = 0x0391
        for key in capitals {
            if code == 0x03A2 { code += 1 }
            table[code] = String(key)
            code += 1
        }
        code = 0x03B1
        for key in small {
            table[code] = String(key)
            code += 1
        }
        table[0x03D1] = "J" // ϑ
        table[0x03D5] = "j" // ϕ
        table[0x03D6] = "v" // ϖ
        return table
    }()

    /// Cyrillic letters and their slot in the OT2 (`wncyr`) fonts.
    static let cyrillic: [UInt32: Int] = {
        // А Б В Г Д Е Ж З И Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ъ Ы Ь Э Ю Я
        let capitals = [65, 66, 86, 71, 68, 69, 17, 90, 73, 18, 75, 76, 77, 78, 79, 80,
                        82, 83, 84, 85, 70, 72, 67, 81, 87, 88, 95, 89, 94, 3, 16, 23]
        let small = [97, 98, 118, 103, 100, 101, 25, 122, 105, 26, 107, 108, 109, 110, 111, 112,
                     114, 115, 116, 117, 102, 104, 99, 113, 119, 120, 127, 121, 126, 11, 24, 31]
        var table: [UInt32: Int] = [:]
        for (offset, slot) in capitals.enumerated() { table[0x0410 + UInt32(offset)] = slot }
        for (offset, slot) in small.enumerated() { table[0x0430 + UInt32(offset)] = slot }
        // Ё Ђ Є Ѕ І Ј Љ Њ Ћ Џ and their small forms; Ѣ Ѳ Ѵ.
        let extras: [(UInt32, Int)] = [
            (0x0401, 19), (0x0402, 6), (0x0404, 5), (0x0405, 22), (0x0406, 4), (0x0408, 74),
            (0x0409, 1), (0x040A, 0), (0x040B, 7), (0x040F, 2),
            (0x0451, 27), (0x0452, 14), (0x0454, 13), (0x0455, 30), (0x0456, 12), (0x0458, 106),
            (0x0459, 9), (0x045A, 8), (0x045B, 15), (0x045F, 10),
            (0x0462, 35), (0x0463, 43), (0x0472, 21), (0x0473, 29), (0x0474, 20), (0x0475, 28),
        ]
        for (code, slot) in extras { table[code] = slot }
        return table
    }()

    /// Pairs of OT2 slots the `wncyr` fonts join by a ligature (the fonts'
    /// transliteration input, e.g. `S`+`h` gives Ш): a `{}` keeps them apart
    /// (from `tftopl wncyr10.tfm`).
    static let cyrillicLigatures: Set<[Int]> = [
        [67, 72], [67, 104], [68, 74], [68, 106], [75, 72], [75, 104], [76, 74], [76, 106], [78, 74], [78, 106], [83, 72], [83, 104], [84, 83], [84, 115], [88, 67], [88, 81], [88, 99], [88, 113], [89, 65], [89, 85], [89, 97], [89, 117], [90, 72], [90, 104], [99, 104], [100, 106], [107, 104], [108, 106], [110, 106], [115, 104], [116, 115], [120, 99], [120, 113], [121, 97], [121, 117], [122, 104]
    ]

    /// Where a combining mark goes and the command that draws it.
    enum Accent: Equatable {
        case above(String)
        case below(String)
        case horn
    }

    /// Combining marks the preamble can draw over or under a letter.
    static let accentMarks: [UInt32: Accent] = [
        0x0300: .above("\\`"), 0x0301: .above("\\'"), 0x0302: .above("\\^"), 0x0303: .above("\\~"),
        0x0304: .above("\\="), 0x0306: .above("\\u"), 0x0307: .above("\\."), 0x0308: .above("\\\""),
        0x0309: .above("\\dldehook"), 0x030A: .above("\\r"), 0x030B: .above("\\H"), 0x030C: .above("\\v"),
        0x031B: .horn,
        0x0323: .below("\\d"), 0x0327: .below("\\c"), 0x0328: .below("\\k"), 0x0331: .below("\\b"),
    ]
}
