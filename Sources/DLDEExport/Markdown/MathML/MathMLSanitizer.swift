#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// Rebuilds the MathML a converter returned from an allow-list, so nothing
/// but typeset math reaches a page: the converter's output is parsed as XML
/// (Foundation's `XMLParser`, libxml2) and written anew, element by element.
///
/// - Elements: MathML presentation elements (MathML Core and the few others
///   KaTeX writes: `menclose`, `mlabeledtr`); the converter's wrapping
///   `<span>`s are unwrapped; any other element is dropped with its content
///   (`annotation-xml`, `maction`, HTML).
/// - Attributes: only those typesetting needs, with values of letters,
///   digits, `#`, `.`, `%`, `-`, `+` and spaces (no URL, no `javascript:`,
///   no `style`, no event handler, no `href`); lengths are capped.
/// - `<math>` carries `display="block"` for display math; the only
///   `<annotation>` is `encoding="application/x-tex"` with the span's TeX,
///   written by this type from the TeX it sent, not from the answer.
public enum MathMLSanitizer {
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// The cleaned `<math>` element for the converter's `mathml`.
    public static func sanitize(_ mathml: String, tex: String, display: Bool) -> Result<String, Problem> {
        let builder = Builder(tex: tex, display: display)
        let parser = XMLParser(data: Data(mathml.utf8))
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        // On Linux `parse()` may return true after libxml2 reported an
        // error: the delegate's own flag decides too.
        guard parser.parse(), !builder.failed, builder.sawMath, builder.depth == 0 else {
            let reason = parser.parserError.map { "\($0)" } ?? "no <math> element"
            return .failure(Problem(message: "the converter returned MathML that cannot be used (\(reason))"))
        }
        return .success(builder.output)
    }

    /// Elements written as they come (with allowed attributes).
    static let elements: Set<String> = [
        "math", "semantics", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msup", "msub", "msubsup",
        "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mmultiscripts", "mprescripts", "none",
        "mtable", "mtr", "mtd", "mlabeledtr", "mstyle", "mpadded", "mphantom", "merror", "menclose",
    ]

    /// Attributes kept, on any allowed element.
    static let attributes: Set<String> = [
        "mathvariant", "stretchy", "fence", "separator", "symmetric", "largeop", "movablelimits", "accent",
        "accentunder", "form", "lspace", "rspace", "minsize", "maxsize", "linethickness", "width", "height",
        "depth", "voffset", "scriptlevel", "displaystyle", "mathcolor", "mathbackground", "columnalign",
        "rowalign", "rowspacing", "columnspacing", "rowlines", "columnlines", "frame", "framespacing",
        "notation", "columnspan", "rowspan", "equalrows", "equalcolumns", "side",
    ]

    /// Elements that hold only text.
    static let tokenElements: Set<String> = ["mi", "mn", "mo", "mtext", "ms"]

    /// Whether `attribute` is kept on `element`. MathML does not allow `width`
    /// on table cells (KaTeX writes it for `\\tag`); a space is never painted
    /// (`\\rule`'s black box would be the one way to cover the text around a
    /// formula: rules become blank space).
    static func allows(_ attribute: String, on element: String) -> Bool {
        attributes.contains(attribute) && !(element == "mtd" && attribute == "width")
            && !(element == "mspace" && attribute == "mathbackground")
    }

    /// Attributes holding a length, capped at `maxEms`.
    static let lengthAttributes: Set<String> = ["lspace", "rspace", "minsize", "maxsize", "width", "height", "depth", "voffset", "linethickness"]
    static let maxEms = 5.0

    /// True when `value` is plain enough for any allowed attribute.
    static func isPlainValue(_ value: String) -> Bool {
        value.count <= 64 && value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar)
                || scalar == "#" || scalar == "." || scalar == "%" || scalar == "-" || scalar == "+" || scalar == " "
        }
    }

    /// How far content may be moved up or down (`voffset`), in ems.
    static let maxOffsetEms = 1.0

    /// True when a length is at most `maxEms` (units: em, ex, mu, pt, px, %, none).
    static func isBoundedLength(_ value: String, maxEms: Double = maxEms) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let number = trimmed.prefix { "+-.0123456789".contains($0) }
        guard let magnitude = Double(number).map(abs) else {
            // Named spaces and keywords (`thinmathspace`, `infinity`), not numbers.
            return trimmed.allSatisfy(\.isLetter)
        }
        let ems: Double
        switch trimmed.dropFirst(number.count) {
        case "em", "": ems = magnitude
        case "ex": ems = magnitude / 2
        case "mu": ems = magnitude / 18
        case "pt": ems = magnitude / 10
        case "px": ems = magnitude / 16
        case "%": ems = magnitude / 100
        default: return false
        }
        return ems <= maxEms
    }

    static func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Rewrites the parse events into allowed MathML.
    private final class Builder: NSObject, XMLParserDelegate {
        let tex: String
        let display: Bool
        var output = ""
        var sawMath = false
        /// libxml2 reported an error.
        var failed = false
        /// Open elements, whether each was written (false: unwrapped or
        /// dropped), and where a written one's opening tag is in `output`
        /// (UTF-8 offsets), so a token element can become an `mrow`.
        var open: [(name: String, written: Bool, tag: Range<Int>)] = []
        /// > 0 while inside a dropped element (its content goes too).
        var dropping = 0
        var depth: Int { open.count }

        init(tex: String, display: Bool) {
            self.tex = tex
            self.display = display
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if dropping > 0 || (sawMath && open.allSatisfy({ !$0.written })) {
                // Inside a dropped element, or a second <math>: drop.
                dropping += 1
                open.append((name, false, 0..<0))
                return
            }
            switch name {
            case "span" where !open.contains(where: { $0.written }):
                open.append((name, false, 0..<0)) // the converter's wrapper
            case "annotation":
                // Written from the TeX sent, on </annotation>; the answer's text is ignored.
                dropping += 1
                open.append((name, false, 0..<0))
            case "math" where open.contains(where: { $0.written }):
                // <math> inside <math>: dropped.
                dropping += 1
                open.append((name, false, 0..<0))
            case "math":
                sawMath = true
                output += display ? "<math display=\"block\">" : "<math>"
                open.append((name, true, 0..<0))
            case _ where MathMLSanitizer.elements.contains(name):
                promoteTokenParent()
                let start = output.utf8.count
                output += "<" + name
                for key in attributes.keys.sorted() {
                    guard let value = attributes[key], MathMLSanitizer.allows(key, on: name), MathMLSanitizer.isPlainValue(value) else { continue }
                    if MathMLSanitizer.lengthAttributes.contains(key),
                       !MathMLSanitizer.isBoundedLength(value, maxEms: key == "voffset" ? MathMLSanitizer.maxOffsetEms : MathMLSanitizer.maxEms) { continue }
                    output += " \(key)=\"\(MathMLSanitizer.escapeText(value))\""
                }
                output += ">"
                open.append((name, true, start..<output.utf8.count))
            default:
                dropping += 1
                open.append((name, false, 0..<0))
            }
        }

        /// A token element (`mo`, `mi`...) holds text only; KaTeX sometimes
        /// nests elements in one (`\\overset{!}{=}` gives `<mo><mover>`):
        /// its opening tag becomes `<mrow>`.
        private func promoteTokenParent() {
            guard let parent = open.last, parent.written, MathMLSanitizer.tokenElements.contains(parent.name) else { return }
            let utf8 = output.utf8
            let range = utf8.index(utf8.startIndex, offsetBy: parent.tag.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: parent.tag.upperBound)
            output.replaceSubrange(range, with: "<mrow>")
            open[open.count - 1] = ("mrow", true, parent.tag.lowerBound..<(parent.tag.lowerBound + 6))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let last = open.popLast() else { return }
            if dropping > 0 {
                dropping -= 1
                if last.name == "annotation", dropping == 0, open.last?.name == "semantics" {
                    output += "<annotation encoding=\"application/x-tex\">\(MathMLSanitizer.escapeText(tex))</annotation>"
                }
                return
            }
            if last.written { output += "</\(last.name)>" }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            failed = true
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard dropping == 0, open.contains(where: { $0.written }) else { return }
            output += MathMLSanitizer.escapeText(string)
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            guard dropping == 0, open.contains(where: { $0.written }) else { return }
            output += MathMLSanitizer.escapeText(String(decoding: block, as: UTF8.self))
        }
    }
}
