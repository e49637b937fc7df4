/// `Character`'s Unicode properties with ASCII answered from the byte:
/// the standard ones look every character up in Unicode's property tables,
/// and names and titles are mostly ASCII. Same answers for every character
/// (`CharacterPropertiesTests`).
extension Character {
    /// `isWhitespace`: tab, line feed, vertical tab, form feed, carriage
    /// return and space in ASCII (and CR LF, whose `asciiValue` is LF).
    var isWhitespaceQuick: Bool {
        guard let byte = asciiValue else { return isWhitespace }
        return byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// `isLetter`: `A`–`Z` and `a`–`z` in ASCII.
    var isLetterQuick: Bool {
        guard let byte = asciiValue else { return isLetter }
        return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// `isNumber`: `0`–`9` in ASCII.
    var isNumberQuick: Bool {
        guard let byte = asciiValue else { return isNumber }
        return (0x30...0x39).contains(byte)
    }

    /// `isUppercase`: `A`–`Z` in ASCII.
    var isUppercaseQuick: Bool {
        guard let byte = asciiValue else { return isUppercase }
        return (0x41...0x5A).contains(byte)
    }
}
