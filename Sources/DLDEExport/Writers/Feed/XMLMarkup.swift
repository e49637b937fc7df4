/// The one XML writer of the feeds: an element tree serialised as UTF-8
/// XML 1.0 with every text and attribute value escaped and every character
/// XML 1.0 forbids dropped.
///
/// Why not Foundation's `XMLDocument`: on Linux (FoundationXML over libxml2)
/// it writes U+0001 or U+FFFE through unchanged, so its output is not
/// well-formed XML for such input (xmllint rejects it); it adds
/// `standalone="no"`, pulls libxml2 into the binary at run time, and its
/// pretty-printer differs between platforms. Writing a feed needs only this.
public enum XMLMarkup {
    /// An element: a name (with its prefix, `content:encoded`), attributes
    /// in the order given, and children.
    public struct Element: Sendable, Equatable {
        public enum Child: Sendable, Equatable {
            case element(Element)
            case text(String)
        }

        public var name: String
        public var attributes: [Attribute]
        public var children: [Child]

        /// An element holding other elements (or nothing).
        public init(_ name: String, _ attributes: [Attribute] = [], _ children: [Element] = []) {
            self.name = name
            self.attributes = attributes
            self.children = children.map(Child.element)
        }

        /// An element holding text.
        public init(_ name: String, _ attributes: [Attribute] = [], text: String) {
            self.name = name
            self.attributes = attributes
            self.children = [.text(text)]
        }
    }

    /// `name="value"`.
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The document: the XML declaration, then `root`, indented by two
    /// spaces where an element holds only elements (text is never re-spaced),
    /// ending with a line break. Written as bytes into one buffer.
    public static func document(_ root: Element) -> String {
        var serializer = Serializer(sink: nil)
        serializer.document(root)
        return String(decoding: serializer.output, as: UTF8.self)
    }

    /// `document(root)`'s bytes handed to `write` in chunks of about 64 KiB
    /// as they are made (a feed of every paper is tens of megabytes); false
    /// when `write` fails.
    public static func write(_ root: Element, to write: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var serializer = Serializer(sink: write)
        serializer.document(root)
        serializer.flush()
        return !serializer.failed
    }

    /// `text` with the characters XML 1.0 forbids removed: controls other
    /// than tab, line feed and carriage return, U+FFFE and U+FFFF (Swift
    /// strings hold no lone surrogates).
    public static func legalCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isLegal($0) }) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter(isLegal))
        return String(result)
    }

    /// `text` for element content: legal characters, `&`, `<`, `>` escaped
    /// (`>` so `]]>` cannot occur), carriage returns as `&#13;` so parsers
    /// do not turn them into line feeds.
    public static func escapedText(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` for a double-quoted attribute value: as `escapedText`, plus `"`
    /// and the white space that attribute-value normalisation would turn
    /// into spaces (tab, line feed) as character references.
    public static func escapedAttribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// The references `escape` writes, made once (not an array per `&`:
    /// feeds escape whole HTML abstracts).
    private enum Entity {
        static let amp = Array("&amp;".utf8)
        static let lt = Array("&lt;".utf8)
        static let gt = Array("&gt;".utf8)
        static let quot = Array("&quot;".utf8)
        static let carriageReturn = Array("&#13;".utf8)
        static let lineFeed = Array("&#10;".utf8)
        static let tab = Array("&#9;".utf8)
    }

    /// Works on UTF-8 bytes; text with nothing to escape is returned as is.
    private static func escape(_ text: String, inAttribute: Bool) -> String {
        let plain = text.withUTF8Bytes { bytes in !bytes.contains { isSpecial($0, inAttribute: inAttribute) } }
        if plain { return text }
        var serializer = Serializer(sink: nil)
        serializer.appendEscaped(text, inAttribute: inAttribute)
        return String(decoding: serializer.output, as: UTF8.self)
    }

    /// Controls, markup, `"` in attributes, and 0xEF, the lead byte of the
    /// non-characters U+FFFE and U+FFFF.
    private static func isSpecial(_ byte: UInt8, inAttribute: Bool) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0xEF || (inAttribute && byte == 0x22)
    }

    /// The serialised bytes, kept whole or (with a sink) handed on whenever
    /// about 64 KiB are made, also inside a long text.
    private struct Serializer {
        private var chunks: ByteChunks
        var output: [UInt8] {
            get { chunks.bytes }
            _modify { yield &chunks.bytes }
        }
        /// The sink refused a chunk: nothing more is handed on.
        var failed: Bool { chunks.failed }

        init(sink: ((UnsafeRawBufferPointer) -> Bool)?) {
            chunks = ByteChunks(sink: sink)
        }

        mutating func document(_ root: Element) {
            output += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8
            write(root, indent: 0)
            output.append(0x0A)
        }

        /// Hands what is made to the sink.
        mutating func flush() {
            chunks.flush()
        }

        private mutating func flushWhenFull() {
            chunks.flushWhenFull()
        }

        /// `text` escaped (see `escapedText`, `escapedAttribute`); runs
        /// with nothing to escape are copied whole.
        mutating func appendEscaped(_ text: String, inAttribute: Bool) {
            text.withUTF8Bytes { bytes in
                var copied = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard isSpecial(byte, inAttribute: inAttribute) else {
                        index += 1
                        continue
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    flushWhenFull()
                    index += 1
                    switch byte {
                    case 0x26: output += Entity.amp
                    case 0x3C: output += Entity.lt
                    case 0x3E: output += Entity.gt
                    case 0x0D: output += Entity.carriageReturn
                    case 0x22 where inAttribute: output += Entity.quot
                    case 0x0A where inAttribute: output += Entity.lineFeed
                    case 0x09 where inAttribute: output += Entity.tab
                    case 0x09, 0x0A: output.append(byte)
                    case 0x00..<0x20: break  // not allowed in XML 1.0
                    case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF):
                        index += 2  // U+FFFE, U+FFFF: not allowed in XML 1.0
                    default: output.append(byte)
                    }
                    copied = index
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            }
        }

        private mutating func write(_ element: Element, indent: Int) {
            output.append(UInt8(ascii: "<"))
            output += element.name.utf8
            for attribute in element.attributes {
                output.append(0x20)
                output += attribute.name.utf8
                output += "=\"".utf8
                appendEscaped(attribute.value, inAttribute: true)
                output.append(UInt8(ascii: "\""))
            }
            if element.children.isEmpty {
                output += "/>".utf8
                return
            }
            output.append(UInt8(ascii: ">"))
            let onlyElements = element.children.allSatisfy { if case .element = $0 { true } else { false } }
            for child in element.children {
                switch child {
                case .text(let text):
                    appendEscaped(text, inAttribute: false)
                case .element(let inner):
                    if onlyElements { newline(indent + 1) }
                    write(inner, indent: onlyElements ? indent + 1 : indent)
                }
                flushWhenFull()
            }
            if onlyElements { newline(indent) }
            output += "</".utf8
            output += element.name.utf8
            output.append(UInt8(ascii: ">"))
        }

        private mutating func newline(_ indent: Int) {
            output.append(0x0A)
            for _ in 0..<indent {
                output.append(0x20)
                output.append(0x20)
            }
        }
    }
}
