/// Braces in titles (docs/input-format.md, "Braces in titles"): a balanced
/// `{...}` group protects capitals for BibTeX and is not shown anywhere
/// else; a brace right after a backslash (`\{`, `\}`) is a literal brace,
/// shown as a brace everywhere. Math spans keep their braces (callers pass
/// only the prose between them).
public enum BraceMarkup {
    /// Whether the markup braces of `prose` (all the prose of one title,
    /// math left out) balance: only then are they markup.
    public static func balances(_ prose: String) -> Bool {
        var depth = 0
        var previous: UInt8 = 0
        for byte in prose.utf8 {
            if previous != UInt8(ascii: "\\") {
                if byte == UInt8(ascii: "{") { depth += 1 }
                if byte == UInt8(ascii: "}") {
                    depth -= 1
                    if depth < 0 { return false }
                }
            }
            previous = byte
        }
        return depth == 0
    }

    /// `prose` as readers see it: markup braces dropped when `balanced`
    /// (else shown as written), `\{` and `\}` as braces.
    public static func display(_ prose: String, balanced: Bool) -> String {
        guard prose.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return prose }
        let characters = Array(prose)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "\\", index < characters.count, characters[index] == "{" || characters[index] == "}" {
                out.append(characters[index])
                index += 1
            } else if !(balanced && (character == "{" || character == "}")) {
                out.append(character)
            }
        }
        return out
    }
}
