/// Compiles a template's text into `MustacheNode`s: text, values (with the
/// escaping of the content type in force), sections, inverted sections,
/// partials (found in the library by name when compiled), comments and set
/// delimiters, with the Mustache specification's rules for standalone lines.
/// It follows swift-mustache's parser (the renderer dlde-export used before)
/// so every template splits exactly as it did; what docs/templates.md does
/// not promise (transforms, lambdas, dynamic partials, inheritance) is a
/// syntax error.
struct MustacheParser {
    private var cursor: MustacheCursor
    /// Template name to its index in the library.
    private let partials: [String: Int]
    /// Numbers tags that look names up, across the library.
    private var sites: Int
    /// Where the tag being read starts (constructs refused are reported there).
    private var currentTag = 0
    /// Partial names no template has, with where they were written.
    private(set) var missingPartials: [(name: String, line: Int, column: Int)] = []

    private struct State {
        var sectionName: String?
        var newLine = true
        var start = "{{"
        var end = "}}"
        var escaping = MustacheEscaping.html
    }

    init(_ text: String, partials: [String: Int], firstSite: Int) {
        cursor = MustacheCursor(text)
        self.partials = partials
        sites = firstSite
    }

    /// The next unused site number.
    var nextSite: Int { sites }

    /// The template's nodes, or the error and its line and column.
    mutating func parse() -> Result<[MustacheNode], MustacheSyntaxFailure> {
        do throws(MustacheSyntaxError) {
            return .success(try parseBlock(State()))
        } catch {
            let (line, column) = cursor.lineAndColumn
            return .failure(MustacheSyntaxFailure(error: error, line: line, column: column))
        }
    }

    private mutating func parseBlock(_ initial: State) throws(MustacheSyntaxError) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        var state = initial
        var whiteSpaceBefore = ""
        func text(_ string: String) { nodes.append(.text(Array(string.utf8))) }
        while !cursor.reachedEnd {
            if state.newLine {
                whiteSpaceBefore = cursor.read { $0 == " " || $0 == "\t" }
            }
            let before = try readUntilDelimiterOrNewline(state)
            if cursor.current.isNewline {
                text(whiteSpaceBefore + before + String(cursor.current))
                state.newLine = true
                cursor.advance()
                continue
            }
            if !before.isEmpty {
                text(whiteSpaceBefore + before)
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if cursor.reachedEnd { break }
            let tagStart = cursor.position - state.start.count
            currentTag = tagStart
            var setNewLine = false
            switch cursor.current {
            case "#", "^":
                let inverted = cursor.current == "^"
                cursor.advance()
                let name = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                let body = try parseBlock(inner)
                let tag = newName(name)
                nodes.append(inverted ? .inverted(tag, body) : .section(tag, body))
            case "/":
                cursor.advance()
                let position = cursor.position
                let name = try parseName(state)
                guard name == state.sectionName else {
                    cursor.position = position
                    throw .sectionCloseNameIncorrect
                }
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                }
                return nodes
            case "!":
                cursor.advance()
                try cursor.skip(past: state.end)
                setNewLine = isStandalone(state)
            case "{", "&":
                let triple = cursor.current == "{"
                if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                cursor.advance()
                let name = try parseName(state)
                if triple { guard try cursor.read("}") else { throw .unfinishedName } }
                nodes.append(.value(newName(name), .raw))
            case ">":
                cursor.advance()
                cursor.read(while: \.isWhitespace)
                if cursor.current == "*" {
                    cursor.advance()
                    _ = try parsePartialName(state)
                    cursor.position = tagStart
                    throw .unsupported("dynamic partials ({{>*name}})")
                }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { text(whiteSpaceBefore) }
                let index = partials[name]
                if index == nil {
                    var tag = cursor
                    tag.position = tagStart
                    let (line, column) = tag.lineAndColumn
                    missingPartials.append((name, line, column))
                }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(index: index, indentation: Array(whiteSpaceBefore.utf8)))
                } else {
                    nodes.append(.partial(index: index, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "<", "$":
                // Read as swift-mustache read them, so a malformed tag gets its error.
                let parent = cursor.current == "<"
                cursor.advance()
                if parent {
                    cursor.read(while: \.isWhitespace)
                    _ = try parsePartialName(state)
                } else {
                    _ = try parseName(state)
                }
                cursor.position = tagStart
                throw .unsupported("template inheritance ({{<parent}}, {{$block}})")
            case "=":
                cursor.advance()
                (state.start, state.end) = try parseDelimiters(state)
                setNewLine = isStandalone(state)
            case "%":
                cursor.advance()
                state.escaping = try parsePragma(state)
                setNewLine = isStandalone(state)
            default:
                if !whiteSpaceBefore.isEmpty {
                    text(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
                let name = try parseName(state)
                nodes.append(.value(newName(name), state.escaping))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .expectedSectionEnd }
        return nodes
    }

    private mutating func newName(_ text: String) -> MustacheName {
        defer { sites += 1 }
        return MustacheName(text, site: sites)
    }

    /// Text up to a line end (not read) or the start delimiter (read).
    private mutating func readUntilDelimiterOrNewline(_ state: State) throws(MustacheSyntaxError) -> String {
        guard let first = state.start.first else { return "" }
        var text = ""
        while !cursor.reachedEnd {
            text += try cursor.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == first }, throwOnOverflow: false)
            if cursor.current.isNewline { break }
            if cursor.current == first {
                if try cursor.read(string: state.start) { break }
                text.append(first)
                cursor.advance()
            }
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    private mutating func parseName(_ state: State) throws(MustacheSyntaxError) -> String {
        cursor.read(while: \.isWhitespace)
        let name = cursor.read { Self.nameCharacters.contains($0) || $0 == "(" || $0 == ")" }
        cursor.read(while: \.isWhitespace)
        guard try cursor.read(string: state.end) else { throw .unfinishedName }
        // The name holds only the characters read above, each one ASCII byte.
        if name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
            guard Self.isTransformCall(name) else { throw .unfinishedName }
            cursor.position = currentTag
            throw .unsupported("transforms such as {{name(value)}}")
        }
        return name
    }

    /// `f(x)`, `f(g(x))`...: swift-mustache's transform syntax (anything
    /// else with brackets was `unfinishedName` there).
    private static func isTransformCall(_ name: String) -> Bool {
        var cursor = MustacheCursor(name)
        let word: (Character) -> Bool = { nameCharacters.contains($0) }
        cursor.read(while: word)
        guard cursor.current == "(" else { return false }
        cursor.advance()
        var calls = 1
        while true {
            cursor.read(while: word)
            switch cursor.current {
            case ")":
                let closing = cursor.read { $0 == ")" }.count
                return closing == calls && cursor.reachedEnd
            case "(":
                cursor.advance()
                calls += 1
            default:
                return false
            }
        }
    }

    private mutating func parsePartialName(_ state: State) throws(MustacheSyntaxError) -> String {
        cursor.read(while: \.isWhitespace)
        let name = cursor.read { Self.partialNameCharacters.contains($0) }
        cursor.read(while: \.isWhitespace)
        guard try cursor.read(string: state.end) else { throw .unfinishedName }
        return name
    }

    /// `{{=<% %>=}}`: the new start and end delimiters.
    private mutating func parseDelimiters(_ state: State) throws(MustacheSyntaxError) -> (String, String) {
        let start: String, end: String
        do throws(MustacheSyntaxError) {
            cursor.read(while: \.isWhitespace)
            start = try cursor.read(until: \.isWhitespace)
            cursor.read(while: \.isWhitespace)
            end = try cursor.read(until: { $0 == "=" || $0.isWhitespace })
            cursor.read(while: \.isWhitespace)
        } catch {
            throw .invalidSetDelimiter
        }
        guard try cursor.read("=") else { throw .invalidSetDelimiter }
        guard try cursor.read(string: state.end) else { throw .invalidSetDelimiter }
        guard !start.isEmpty, !end.isEmpty else { throw .invalidSetDelimiter }
        return (start, end)
    }

    /// `{{% CONTENT_TYPE: LATEX}}`: the escaping of the values after it.
    private mutating func parsePragma(_ state: State) throws(MustacheSyntaxError) -> MustacheEscaping {
        let variable: String, value: String
        do throws(MustacheSyntaxError) {
            let word: (Character) -> Bool = { Self.nameCharacters.contains($0) }
            cursor.read(while: \.isWhitespace)
            variable = cursor.read(while: word)
            cursor.read(while: \.isWhitespace)
            guard try cursor.read(":") else { throw .invalidConfigVariableSyntax }
            cursor.read(while: \.isWhitespace)
            value = cursor.read(while: word)
            cursor.read(while: \.isWhitespace)
            guard try cursor.read(string: state.end) else { throw .invalidConfigVariableSyntax }
        } catch {
            throw .invalidConfigVariableSyntax
        }
        guard !variable.isEmpty, !value.isEmpty else { throw .invalidConfigVariableSyntax }
        guard variable == "CONTENT_TYPE", let escaping = MustacheEscaping.named(value) else { throw .unrecognisedConfigVariable }
        return escaping
    }

    /// A tag alone on its line (only whitespace around it): the rest of the
    /// line, its line end included, is read.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if cursor.reachedEnd { return true }
        var ahead = cursor
        ahead.read { $0 == " " || $0 == "\t" }
        if ahead.current.isNewline {
            ahead.advance()
            cursor.position = ahead.position
            return true
        }
        return false
    }
}
