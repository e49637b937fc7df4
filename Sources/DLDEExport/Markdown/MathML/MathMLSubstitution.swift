/// Puts MathML in place of the TeX math elements of rendered HTML.
///
/// Rendered HTML marks each math span as `MathRendering.html(span)` (a
/// `<span class="math inline|display">` holding the escaped TeX); raw HTML
/// is removed from Markdown and prose is escaped, so every such element in
/// rendered text is one of those. Each is looked up, as written, in a
/// table made from the converted spans and replaced by its `<math>`.
/// Any HTML writer can apply it; the math pass applies it to the model.
public struct MathMLSubstitution: Sendable {
    /// `MathRendering.html(span)` → the span's sanitised `<math>` element.
    public private(set) var table: [String: String] = [:]

    public init() {}

    public mutating func add(_ span: MathSpan, mathml: String) {
        table[MathRendering.html(span)] = mathml
    }

    public var isEmpty: Bool { table.isEmpty }

    static let opening = Array("<span class=\"math ".utf8)
    static let closing = Array("</span>".utf8)

    /// `html` with every known math element replaced.
    public func apply(_ html: String) -> String {
        guard !table.isEmpty else { return html }
        var text = html
        return text.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            var copied = 0
            var index = 0
            while let start = Self.find(Self.opening, in: bytes, from: index) {
                guard let close = Self.find(Self.closing, in: bytes, from: start + Self.opening.count) else { break }
                let end = close + Self.closing.count
                let element = String(decoding: bytes[start..<end], as: UTF8.self)
                if let mathml = table[element] {
                    if result.isEmpty { result.reserveCapacity(bytes.count * 2) }
                    result += bytes[copied..<start]
                    result += mathml.utf8
                    copied = end
                }
                index = end
            }
            guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
            result += bytes[copied...]
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}
