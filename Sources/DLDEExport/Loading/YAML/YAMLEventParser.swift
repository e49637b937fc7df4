import CYaml

/// One of libyaml's parsing events, with the position where it starts.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(anchor: String)
        case scalar(YAMLScalar, anchor: String?)
        case sequenceStart(tag: String?, anchor: String?)
        case sequenceEnd
        case mappingStart(tag: String?, anchor: String?)
        case mappingEnd
    }
    var kind: Kind
    var mark: YAMLMark
}

/// libyaml's parser (the copy Yams builds, `CYaml`) over UTF-8 text, handing
/// out one event at a time; no node tree.
final class YAMLEventParser {
    /// libyaml's state, behind a pointer: it keeps a pointer to itself (its
    /// input's), so its address must not move, and each event changes it,
    /// which a class's stored property would check for exclusive access at
    /// run time.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The text, when owned here (a copy): freed with the parser.
    private let owned: UnsafeMutableBufferPointer<UInt8>?
    /// Lines before the text in its file (a piece of papers.yaml), added to every mark.
    private let linesBefore: Int
    /// The scalars read so far that are worth keeping once (`ScalarTable`).
    /// (Behind a pointer too: changed for each scalar.)
    private let scalars: UnsafeMutablePointer<ScalarTable>

    /// A parser over a copy of `text`.
    convenience init(text: String) {
        let count = text.utf8.count
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, count))
        _ = copy.initialize(from: text.utf8)
        self.init(UnsafeBufferPointer(rebasing: copy[..<count]), owned: copy, linesBefore: 0)
    }

    /// A parser over `piece` (UTF-8 text, not copied: it must outlive the
    /// parser), which starts a line of a file after `linesBefore` others.
    convenience init(borrowing piece: UnsafeBufferPointer<UInt8>, linesBefore: Int) {
        self.init(piece, owned: nil, linesBefore: linesBefore)
    }

    private init(_ text: UnsafeBufferPointer<UInt8>, owned: UnsafeMutableBufferPointer<UInt8>?, linesBefore: Int) {
        self.owned = owned
        self.linesBefore = linesBefore
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        scalars = .allocate(capacity: 1)
        scalars.initialize(to: ScalarTable())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, text.baseAddress, text.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        scalars.deinitialize(count: 1)
        scalars.deallocate()
        owned?.deallocate()
    }

    /// The next event, or the error libyaml found.
    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let mark = YAMLMark(line: event.start_mark.line + 1 + linesBefore, column: event.start_mark.column + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT: return YAMLEvent(kind: .streamStart, mark: mark)
        case YAML_STREAM_END_EVENT: return YAMLEvent(kind: .streamEnd, mark: mark)
        case YAML_DOCUMENT_START_EVENT: return YAMLEvent(kind: .documentStart, mark: mark)
        case YAML_DOCUMENT_END_EVENT: return YAMLEvent(kind: .documentEnd, mark: mark)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias(anchor: Self.string(event.data.alias.anchor) ?? ""), mark: mark)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            var bytes = UnsafeBufferPointer(start: data.value, count: data.length)
            // A value's leading U+FEFF is dropped, as Foundation's decoding in Yams did.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
            let value = scalars.pointee.string(bytes)
            // A quoted scalar without a tag is a string (Yams' reading).
            let tag = data.quoted_implicit == 1 ? YAMLTag.string : Self.string(data.tag)
            let scalar = YAMLScalar(string: value, style: Self.style(data.style), tag: tag, mark: mark)
            return YAMLEvent(kind: .scalar(scalar, anchor: Self.string(data.anchor)), mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return YAMLEvent(kind: .sequenceStart(tag: data.implicit != 0 ? nil : Self.string(data.tag), anchor: Self.string(data.anchor)), mark: mark)
        case YAML_SEQUENCE_END_EVENT: return YAMLEvent(kind: .sequenceEnd, mark: mark)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return YAMLEvent(kind: .mappingStart(tag: data.implicit != 0 ? nil : Self.string(data.tag), anchor: Self.string(data.anchor)), mark: mark)
        case YAML_MAPPING_END_EVENT: return YAMLEvent(kind: .mappingEnd, mark: mark)
        default:
            throw YAMLSyntaxError(message: "YAML error: unknown event \(event.type.rawValue)", mark: mark)
        }
    }

    /// libyaml's error, worded as before (Yams' error cases).
    private func error() -> YAMLSyntaxError {
        let start = YAMLMark(line: 1, column: 1)
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.pointee.error {
        case YAML_READER_ERROR:
            return YAMLSyntaxError(message: "YAML cannot read the file: \(problem)", mark: start)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            var message = "YAML syntax: \(problem)"
            if let context = parser.pointee.context {
                message += " (\(String(cString: context)) at line \(parser.pointee.context_mark.line + 1 + linesBefore))"
            }
            return YAMLSyntaxError(message: message, mark: YAMLMark(line: parser.pointee.problem_mark.line + 1 + linesBefore, column: parser.pointee.problem_mark.column + 1))
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(message: "YAML error: Memory error", mark: start)
        default:
            return YAMLSyntaxError(message: "YAML error: \(problem)", mark: start)
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
