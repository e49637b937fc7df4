#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// Reads an SVG file with Foundation's `XMLParser` (libxml2, external
/// entities not resolved) and lists what would run a script or fetch
/// something outside the file, so the loader can refuse it:
///
/// - scripts: `<script>`, `on…` event attributes, `javascript:` anywhere in
///   an attribute, `<animate>`/`<set>` changing an `href` or an event;
/// - external references: `href`/`xlink:href`/`src` not starting with `#`,
///   `url(…)` not starting with `#` and `@import` in attributes and
///   `<style>`, `<foreignObject>`, `<iframe>`, `<embed>`, `<object>`,
///   `<audio>`, `<video>`, an
///   `xml-stylesheet` instruction, entity declarations (refused before
///   parsing: libxml2 would expand them unseen), and CSS escapes
///   (`\`), which could spell any of these.
///
/// A document type naming an external DTD (as Illustrator writes) is kept:
/// it is never fetched.
enum SVGInspection {
    struct Finding: Equatable, Sendable {
        /// "a <script> element", "an event attribute 'onload'".
        var what: String
        /// Line in the SVG file.
        var line: Int
    }

    enum Outcome: Equatable {
        /// An SVG document (root `<svg>` in the SVG namespace) and what in it is refused.
        case svg(findings: [Finding])
        /// Well-formed XML whose root is not an SVG `<svg>`; the root's name and namespace problem.
        case notSVG(reason: String)
        /// Not well-formed XML: libxml2's message and where it stopped.
        case malformed(message: String, line: Int, column: Int)
    }

    static let namespace = "http://www.w3.org/2000/svg"

    static func inspect(_ data: Data) -> Outcome {
        // libxml2 expands internal entities without telling the delegate, so
        // declarations are found in the text and refused before parsing.
        let entities = entityDeclarations(in: String(decoding: data, as: UTF8.self))
        if !entities.isEmpty { return .svg(findings: entities) }
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        // `parse()` answers true after some errors; the delegate saw them all.
        let parsed = parser.parse()
        if let error = reader.errors.first {
            return .malformed(message: XMLErrorText.describe(code: error.code), line: error.line, column: error.column)
        }
        guard parsed else {
            return .malformed(message: XMLErrorText.describe(code: (parser.parserError as NSError?)?.code ?? 0),
                              line: parser.lineNumber, column: parser.columnNumber)
        }
        guard let root = reader.root else { return .notSVG(reason: "it has no root element") }
        guard localName(root.name) == "svg" else { return .notSVG(reason: "its root element is <\(root.name)>, not <svg>") }
        let prefix = root.name.split(separator: ":").dropLast().first.map { "xmlns:\($0)" } ?? "xmlns"
        guard root.attributes[prefix] == namespace else {
            return .notSVG(reason: "its <svg> element is not in the SVG namespace (add xmlns=\"\(namespace)\"; browsers show nothing without it)")
        }
        return .svg(findings: reader.findings)
    }

    /// Every `<!ENTITY` declaration of the text, with its line.
    static func entityDeclarations(in text: String) -> [Finding] {
        var findings: [Finding] = []
        var rest = text[...]
        while let found = rest.range(of: "<!ENTITY") {
            let declaration = rest[found.upperBound...].prefix { $0 != ">" }
            let words = declaration.split(whereSeparator: \.isWhitespace).filter { $0 != "%" }
            let name = words.first.map(String.init) ?? ""
            let external = words.dropFirst().first.map { $0 == "SYSTEM" || $0 == "PUBLIC" } ?? false
            let line = text[..<found.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            findings.append(Finding(what: external ? "an external entity declaration '\(name)'" : "an entity declaration '\(name)'", line: line))
            rest = rest[found.upperBound...]
        }
        return findings
    }

    /// `xlink:href` is `href`, `svg:script` is `script`; lower-cased, as
    /// HTML parsers read names.
    static func localName(_ qualified: String) -> String {
        String(qualified.split(separator: ":").last ?? Substring(qualified)).lowercased()
    }

    /// Problems in CSS text (a `<style>` element, a `style` or presentation
    /// attribute): `url(` not followed by `#`, `@import`, image functions,
    /// `javascript:`, backslash escapes.
    static func cssProblems(_ text: String) -> [String] {
        let lower = text.lowercased()
        var problems: [String] = []
        var rest = text[...]
        while let found = rest.range(of: "url(", options: .caseInsensitive) {
            let quotesAndSpace = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))
            let target = rest[found.upperBound...].prefix { $0 != ")" }.trimmingCharacters(in: quotesAndSpace)
            if !target.hasPrefix("#") {
                problems.append("an external reference url(\(target.count > 60 ? target.prefix(60) + "…" : target))")
            }
            rest = rest[found.upperBound...]
        }
        if lower.contains("@import") { problems.append("an @import") }
        for function in ["image-set(", "image(", "src("] where lower.contains(function) {
            problems.append("the CSS function \(function.dropLast())()")
            break
        }
        if lower.filter({ !$0.isWhitespace }).contains("javascript:") { problems.append("a javascript: URL") }
        if lower.contains("\\") { problems.append("a CSS escape (\\), which could hide a reference") }
        return problems
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: (name: String, attributes: [String: String])?
        var findings: [Finding] = []
        /// libxml2's errors (not its warnings): code, line, column.
        var errors: [(code: Int, line: Int, column: Int)] = []
        private var styleDepth = 0
        private var styleText = ""
        private var styleLine = 0

        private static let embedding: Set<String> = ["foreignobject", "iframe", "embed", "object", "audio", "video"]
        private static let animation: Set<String> = ["set", "animate", "animatetransform", "animatemotion", "animatecolor"]

        private func found(_ what: String, _ parser: XMLParser) {
            findings.append(Finding(what: what, line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if root == nil { root = (name, attributes) }
            let element = SVGInspection.localName(name)
            if element == "script" || element == "handler" || element == "listener" {
                found("a <\(name)> element", parser)
            } else if Self.embedding.contains(element) {
                found("a <\(name)> element", parser)
            } else if element == "style" {
                styleDepth += 1
                styleLine = parser.lineNumber
            }
            for (attribute, value) in attributes.sorted(by: { $0.key < $1.key }) {
                let local = SVGInspection.localName(attribute)
                if attribute == "xmlns" || attribute.hasPrefix("xmlns:") { continue }
                if local.hasPrefix("on") {
                    found("an event attribute '\(attribute)'", parser)
                    continue
                }
                if (local == "href" || local == "src"),
                   !value.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("#") {
                    if value.lowercased().filter({ !$0.isWhitespace }).contains("javascript:") {
                        found("a javascript: URL in '\(attribute)'", parser)
                        continue
                    }
                    let shown = value.count > 60 ? value.prefix(60) + "…" : Substring(value)
                    found("an external reference \(attribute)=\"\(shown)\"", parser)
                    continue
                }
                if Self.animation.contains(element), local == "attributename" {
                    let target = SVGInspection.localName(value.trimmingCharacters(in: .whitespaces))
                    if target == "href" || target == "src" || target.hasPrefix("on") {
                        found("a <\(name)> element that changes '\(value)'", parser)
                        continue
                    }
                }
                for problem in SVGInspection.cssProblems(value) {
                    found("\(problem) in '\(attribute)'", parser)
                }
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard SVGInspection.localName(name) == "style", styleDepth > 0 else { return }
            styleDepth -= 1
            if styleDepth == 0 {
                for problem in SVGInspection.cssProblems(styleText) {
                    findings.append(Finding(what: "\(problem) in <style>", line: styleLine))
                }
                styleText = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if styleDepth > 0 { styleText += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if styleDepth > 0 { styleText += String(decoding: block, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            if target.lowercased() == "xml-stylesheet" { found("an <?xml-stylesheet?> instruction", parser) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            let code = (parseError as NSError).code
            guard !XMLErrorText.isWarning(code: code) else { return }
            errors.append((code, parser.lineNumber, parser.columnNumber))
        }
    }
}
