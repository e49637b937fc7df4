import Foundation

/// What the first bytes of a file say it is (its magic number).
enum ImageFormatSniffer {
    enum Kind: Equatable {
        case image(ImageFile.Format)
        /// Text starting with `<`: an SVG if it parses as one (`SVGInspection`).
        case markup
        /// Something else, with a name when it is a common file type.
        case other(String?)
    }

    /// How many bytes `kind(of:)` looks at: the magic numbers, or the
    /// white space before the `<` of an SVG.
    static let headLength = 512

    /// The kind of a file that starts with `head` (its first `headLength` bytes).
    static func kind(of head: Data) -> Kind {
        let bytes = [UInt8](head.prefix(headLength))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + magic.count && Array(bytes[offset..<offset + magic.count]) == magic
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .image(.png) }
        if starts([0xFF, 0xD8, 0xFF]) { return .image(.jpeg) }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .image(.webp) }
        if starts(Array("GIF8".utf8)) { return .other("a GIF image") }
        if starts(Array("%PDF".utf8)) { return .other("a PDF document") }
        if starts(Array("BM".utf8)) { return .other("a BMP image") }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .other("a TIFF image") }
        if starts(Array("ftypavif".utf8), at: 4) { return .other("an AVIF image") }
        if starts(Array("ftypheic".utf8), at: 4) || starts(Array("ftypmif1".utf8), at: 4) { return .other("a HEIF image") }
        if starts([0x1F, 0x8B]) { return .other("a gzip file (a compressed .svgz? give the .svg itself)") }
        var text = bytes[...]
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        if let first = text.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "<") { return .markup }
        return .other(nil)
    }

    /// The file name extensions each format may have, the usual one first.
    static func extensions(of format: ImageFile.Format) -> [String] {
        switch format {
        case .png: return ["png"]
        case .jpeg: return ["jpg", "jpeg"]
        case .webp: return ["webp"]
        case .svg: return ["svg"]
        }
    }

    /// The name a person reads in messages: "a PNG image", "an SVG image".
    static func described(_ format: ImageFile.Format) -> String {
        switch format {
        case .png: return "a PNG image"
        case .jpeg: return "a JPEG image"
        case .webp: return "a WebP image"
        case .svg: return "an SVG image"
        }
    }
}
