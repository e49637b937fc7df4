/// A mailbox of an address header: `Display Name <local@domain>`.
struct Mailbox {
    var name: String?
    var address: String

    /// RFC 5322 `atext`: the characters of a word that needs no quoting.
    private static let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~".unicodeScalars)

    /// True for an `addr-spec` a header can carry as is: dot-atom text on
    /// both sides of one `@`. The loader checks addresses already; this is
    /// the writer's own guard that no address can break a header.
    static func isSafeAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".") && !part.hasSuffix(".") && !part.contains("..")
                && part.unicodeScalars.allSatisfy { atext.contains($0) || $0 == "." }
        }
    }

    /// Header tokens: the display name (atoms, one quoted string, or
    /// encoded-words) and `<address>`; `trailer` (`,`) ends the last token.
    func tokens(trailer: String = "") -> [String] {
        let angle = "<\(address)>" + trailer
        guard let name, !name.isEmpty else { return [address + trailer] }
        return Self.displayName(name) + [angle]
    }

    /// A display name as a phrase: atoms when every word is `atext`; a
    /// quoted string when the name is printable ASCII and fits a line;
    /// encoded-words otherwise.
    static func displayName(_ name: String) -> [String] {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        let isAtoms = words.allSatisfy { word in
            !word.isEmpty && word.count <= EncodedWords.maxLength && !EncodedWords.hasStart(word.utf8)
                && word.unicodeScalars.allSatisfy { atext.contains($0) }
        }
        if isAtoms { return words.map(String.init) }
        let printable = name.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
        if printable {
            var quoted = "\""
            for scalar in name.unicodeScalars {
                if scalar == "\"" || scalar == "\\" { quoted += "\\" }
                quoted.unicodeScalars.append(scalar)
            }
            quoted += "\""
            if quoted.count <= EncodedWords.maxLength && !EncodedWords.hasStart(name.utf8) { return [quoted] }
        }
        return EncodedWords.encode(name)
    }

    /// Tokens of an address list: mailboxes separated by commas.
    static func listTokens(_ mailboxes: [Mailbox]) -> [String] {
        var tokens: [String] = []
        for (index, mailbox) in mailboxes.enumerated() {
            tokens += mailbox.tokens(trailer: index == mailboxes.count - 1 ? "" : ",")
        }
        return tokens
    }
}
