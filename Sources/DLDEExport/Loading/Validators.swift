import Foundation

/// Checks for the formats the input format names.
enum Validators {
    /// `[a-z0-9-]+`.
    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// `[A-Za-z0-9._-]+`.
    static func isPaperID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy {
            (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) || (0x30...0x39).contains($0)
                || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D
        }
    }

    /// An absolute `http` or `https` URL with a host. Other schemes
    /// (`javascript:`, `file:`, `data:`) are refused: every URL ends up as a
    /// link in a page, a PDF or a message.
    static func urlProblem(_ text: String) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            if text.contains(" ") { return "a URL cannot contain spaces" }
            return "a URL needs a scheme: write 'https://\(text)'"
        }
        guard scheme == "http" || scheme == "https" else {
            return "a URL must start with http:// or https://, not '\(scheme):'"
        }
        guard let host = components.host, !host.isEmpty else { return "a URL needs a host after '\(scheme)://'" }
        return nil
    }

    /// A single address `local@domain.tld`, no display name, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              !local.isEmpty, local.count <= 64, !domain.isEmpty else { return false }
        let localAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "!#$%&'*+-/=?^_`{|}~."))
        guard local.unicodeScalars.allSatisfy({ $0.isASCII && localAllowed.contains($0) }),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
        }
    }

    /// Lower-case ASCII slug of a name: "Björn Lütjens" becomes "bjorn-lutjens",
    /// "Łukasz Dąbrowski" "lukasz-dabrowski"; other scripts are transliterated
    /// ("Дмитрий" becomes "dmitrij").
    static func slugify(_ text: String) -> String {
        // An author of several papers is slugged once.
        slugs.value(for: ExactText(text)) { makeSlug($0.text) }
    }

    private static let slugs = Memo<ExactText, String>()

    private static func makeSlug(_ text: String) -> String {
        // Built as bytes: a `String` grown scalar by scalar cost more than
        // the folding.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var needsTransliteration = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.append(UInt8(scalar.value))
            } else if let ascii = LatinFolding.ascii(for: scalar) {
                folded += ascii.utf8
            } else {
                needsTransliteration = true
                break
            }
        }
        if needsTransliteration {
            // ICU's transliteration (tens of microseconds a call; each
            // text is slugged once, `slugs`), then its ASCII.
            let latin = text.applyingTransform(.toLatin, reverse: false)?
                .applyingTransform(.stripDiacritics, reverse: false) ?? text
            folded = []
            folded.reserveCapacity(latin.utf8.count)
            for scalar in latin.unicodeScalars {
                if scalar.isASCII {
                    folded.append(UInt8(scalar.value))
                } else {
                    folded += (LatinFolding.ascii(for: scalar) ?? "-").utf8
                }
            }
        }
        var slug: [UInt8] = []
        slug.reserveCapacity(folded.count)
        var dash = false
        for byte in folded {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if dash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(lower)
                dash = false
            } else {
                dash = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }
}

/// ASCII forms of Latin letters with diacritics (U+00C0 to U+024F), from
/// their canonical decomposition, plus the letters that do not decompose.
enum LatinFolding {
    private static let special: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D",
        "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H",
    ]

    private static let table: [String?] = (0xC0...0x24F).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        if let special = special[scalar] { return special }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
        return base.isEmpty ? nil : String(String.UnicodeScalarView(base))
    }

    /// The ASCII letters `scalar` folds to, or nil outside the Latin ranges.
    static func ascii(for scalar: Unicode.Scalar) -> String? {
        guard (0xC0...0x24F).contains(scalar.value) else { return nil }
        return table[Int(scalar.value) - 0xC0]
    }
}
