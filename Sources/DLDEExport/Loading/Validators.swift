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

    /// Lower-case ASCII slug of a name: "Björn Lütjens" becomes "bjorn-lutjens".
    static func slugify(_ text: String) -> String {
        let folded: String
        if text.unicodeScalars.allSatisfy({ $0.value < 0x250 }) {
            // Latin script: dropping the combining marks of the decomposition
            // is enough (and much faster than ICU's transforms).
            folded = String(String.UnicodeScalarView(text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }))
        } else {
            folded = text.applyingTransform(.toLatin, reverse: false)?
                .applyingTransform(.stripDiacritics, reverse: false) ?? text
        }
        var slug = ""
        var dash = false
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if dash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                dash = false
            } else {
                dash = true
            }
        }
        return slug
    }
}
