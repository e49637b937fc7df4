/// A position in a template's text, read character by character (grapheme
/// clusters, as Swift's `Character`): the reading primitives of
/// `MustacheParser`, which follows swift-mustache's parser (hummingbird-project,
/// Apache 2.0) step by step so templates split into text and tags exactly as
/// they did, standalone lines and whitespace included.
struct MustacheCursor {
    let characters: [Character]
    var position = 0

    init(_ text: String) {
        characters = Array(text)
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
        let wanted = Array(string)
        guard !wanted.isEmpty else { return true }
        guard characters.count - position >= wanted.count else { throw .overflow }
        guard characters[position..<position + wanted.count].elementsEqual(wanted) else { return false }
        position += wanted.count
        return true
    }

    @discardableResult
    mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, predicate(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Reads up to the first character matching `predicate`; at the end,
    /// throws (and stays) or returns the rest.
    mutating func read(until predicate: (Character) -> Bool, throwOnOverflow: Bool = true) throws(MustacheSyntaxError) -> String {
        let start = position
        while !reachedEnd {
            if predicate(characters[position]) { return String(characters[start..<position]) }
            position += 1
        }
        if throwOnOverflow {
            position = start
            throw .overflow
        }
        return String(characters[start..<position])
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
