/// A position in a template's text, read character by character (grapheme
/// clusters, as Swift's `Character`): the reading primitives of
/// `MustacheParser`, which follows swift-mustache's parser (hummingbird-project,
/// Apache 2.0) step by step so templates split into text and tags exactly as
/// they did, standalone lines and whitespace included.
struct MustacheCursor {
    let characters: [Character]
    var position = 0
    /// The text's UTF-8, and where each character starts in it (one more
    /// for the end): the text between two positions is copied as bytes,
    /// not rebuilt character by character.
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        if !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            // ASCII without a carriage return (which joins a line feed into
            // one character): every byte is a character of its own.
            characters = bytes.map { Character(Unicode.Scalar($0)) }
            starts = Array(0...bytes.count)
            return
        }
        var characters: [Character] = []
        var starts: [Int] = []
        var offset = 0
        for character in text {
            starts.append(offset)
            characters.append(character)
            offset += character.utf8.count
        }
        starts.append(offset)
        self.characters = characters
        self.starts = starts
    }

    /// The text of the characters in `range`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[starts[range.lowerBound]..<starts[range.upperBound]], as: UTF8.self)
    }

    var reachedEnd: Bool { position == characters.count }

    /// The character at the cursor, or NUL at the end.
    var current: Character { reachedEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }

    /// Reads `character` if it is next; throws at the end.
    mutating func read(_ character: Character) throws(MustacheSyntaxError) -> Bool {
        guard !reachedEnd else { throw .overflow }
        guard characters[position] == character else { return false }
        position += 1
        return true
    }

    /// Reads `string` if it comes next; throws when fewer characters are left.
    mutating func read(string: String) throws(MustacheSyntaxError) -> Bool {
        let count = string.count
        guard count > 0 else { return true }
        guard characters.count - position >= count else { throw .overflow }
        guard characters[position..<position + count].elementsEqual(string) else { return false }
        position += count
        return true
    }

    @discardableResult
    mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, predicate(characters[position]) { position += 1 }
        return text(start..<position)
    }

    /// Reads up to the first character matching `predicate`; at the end,
    /// throws (and stays) or returns the rest.
    mutating func read(until predicate: (Character) -> Bool, throwOnOverflow: Bool = true) throws(MustacheSyntaxError) -> String {
        let start = position
        while !reachedEnd {
            if predicate(characters[position]) { return text(start..<position) }
            position += 1
        }
        if throwOnOverflow {
            position = start
            throw .overflow
        }
        return text(start..<position)
    }

    /// Reads past the first `end` (as swift-mustache does for comments: a
    /// partial match restarts at the next character).
    mutating func skip(past end: String) throws(MustacheSyntaxError) {
        let wanted = Array(end)
        guard !wanted.isEmpty else { return }
        let start = position
        var matched = 0
        while !reachedEnd {
            if characters[position] == wanted[matched] {
                matched += 1
                if matched == wanted.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw .overflow
    }

    /// Line (counting newline characters) and column (characters since
    /// the last line feed) of the cursor, both from 1.
    var lineAndColumn: (line: Int, column: Int) {
        var column = 0
        var index = position
        while index > 0 {
            index -= 1
            if characters[index] == "\n" { break }
            column += 1
        }
        // As swift-mustache counted: the newline characters joined into a
        // string, whose length merges a CR with the next LF even when other
        // text stands between them.
        let line = String(characters[0..<position].filter(\.isNewline)).count + 1
        return (line, column + 1)
    }
}
