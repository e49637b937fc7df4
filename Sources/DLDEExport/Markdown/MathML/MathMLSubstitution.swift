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

    /// `element`: a math element as `MathRendering.html` writes it.
    public mutating func add(element: String, mathml: String) {
        table[element] = mathml
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
            Self.forEachElement(in: bytes) { start, end in
                let element = String(decoding: bytes[start..<end], as: UTF8.self)
                guard let mathml = table[element] else { return }
                if result.isEmpty { result.reserveCapacity(bytes.count * 2) }
                result += bytes[copied..<start]
                result += mathml.utf8
                copied = end
            }
            guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
            result += bytes[copied...]
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The math elements of `html`, in order.
    public static func elements(in html: String) -> [String] {
        var text = html
        return text.withUTF8 { bytes in
            var found: [String] = []
            forEachElement(in: bytes) { start, end in found.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
            return found
        }
    }

    /// The span (TeX and display) a math element was made from, or nil when
    /// `element` is not exactly what `MathRendering.html` writes.
    public static func span(of element: String) -> MathSpan? {
        let forms: [(prefix: String, suffix: String, display: Bool)] = [
            ("<span class=\"math inline\">\\(", "\\)</span>", false), ("<span class=\"math display\">\\[", "\\]</span>", true),
        ]
        for form in forms where element.hasPrefix(form.prefix) && element.hasSuffix(form.suffix)
            && element.utf8.count >= form.prefix.utf8.count + form.suffix.utf8.count {
            let escaped = element.utf8.dropFirst(form.prefix.utf8.count).dropLast(form.suffix.utf8.count)
            let tex = CMarkText.unescapeHTML(String(decoding: escaped, as: UTF8.self))
            let span = MathSpan(tex: tex, display: form.display, source: form.display ? "\\[\(tex)\\]" : "\\(\(tex)\\)")
            return MathRendering.html(span) == element ? span : nil
        }
        return nil
    }

    /// Calls `body` with the byte range of every math element of `bytes`.
    private static func forEachElement(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var index = 0
        while let start = bytes.firstIndex(of: opening, from: index) {
            guard let close = bytes.firstIndex(of: closing, from: start + opening.count) else { return }
            let end = close + closing.count
            body(start, end)
            index = end
        }
    }
}
