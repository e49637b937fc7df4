/// Runs the math pass (`MathPass`) at the end of loading, where the input's
/// locations are known: spans that will not typeset become errors at their
/// place in the file; a missing converter becomes one warning (`--math auto`)
/// or an error (`--math mathml`).
enum MathCheck {
    /// - Parameter started: the converter, its process already started (`MathPrestart`).
    static func run(_ workshop: Workshop, mode: MathMode, converter started: KaTeXConverter? = nil, sink: DiagnosticSink) throws(ExportError) -> Workshop {
        guard mode != .tex else { return workshop }
        let elements = PhaseTimer.measure("math: collect") { MathPass.elements(in: workshop) }
        guard let converter = started ?? KaTeXConverter.find() else {
            if mode == .mathml {
                throw .toolMissing(name: "katex", hint: "--math mathml needs KaTeX and Node.js: \(KaTeXConverter.installHint)")
            }
            if !elements.isEmpty {
                sink.warning("math is shown as TeX source in HTML and is not checked: the MathML converter is missing; \(KaTeXConverter.installHint), or give --math tex to silence this",
                             at: nil, keyPath: "")
            }
            return workshop
        }
        switch try MathPass.run(workshop, elements: elements, converter: converter) {
        case .converted(let converted, let spans):
            warnPDFOnly(spans, in: workshop, sink: sink)
            return converted
        case .failed(let failures):
            for failure in failures {
                let occurrence = failure.occurrence
                let location = sink.location(of: occurrence.keyPath, offset: occurrence.offset, in: occurrence.fieldSource)
                // Where in a long formula KaTeX stopped (the column is the span's).
                let at = occurrence.span.tex.unicodeScalars.count > 20 ? " (at character \(failure.offsetInTeX + 1) of the formula)" : ""
                sink.error("math will not typeset: \(failure.message)\(at), in \(Self.quoted(occurrence.span.source))",
                           at: location, keyPath: occurrence.keyPath)
            }
            return workshop
        }
    }

    /// KaTeX knows more commands than the PDF's allow-list (`TeXMathSanitizer`):
    /// such a span is MathML in HTML but shows the command's name in
    /// program.pdf. A warning, once per field and command.
    private static func warnPDFOnly(_ spans: [MathSpan], in workshop: Workshop, sink: DiagnosticSink) {
        var refused: [String: [String]] = [:]
        for span in spans {
            let names = TeXMathSanitizer.refusedCommands(in: span.tex)
            if !names.isEmpty { refused[MathRendering.html(span)] = names }
        }
        guard !refused.isEmpty else { return }
        var warned = Set<String>()
        for occurrence in MathPass.occurrences(in: workshop, of: Set(refused.keys)) {
            for name in refused[MathRendering.html(occurrence.span)] ?? [] where warned.insert("\(occurrence.keyPath) \(name)").inserted {
                let location = sink.location(of: occurrence.keyPath, offset: occurrence.offset, in: occurrence.fieldSource)
                sink.warning("math command \\\(name) is shown in HTML but printed as its name in program.pdf (not on the PDF's list of math commands; see docs/math.md), in \(quoted(occurrence.span.source))",
                             at: location, keyPath: occurrence.keyPath)
            }
        }
    }

    /// The span as written, shortened for a message.
    private static func quoted(_ source: String) -> String {
        let oneLine = source.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.unicodeScalars.count <= 80 ? "'\(oneLine)'" : "'\(String(String.UnicodeScalarView(oneLine.unicodeScalars.prefix(77))))...'"
    }
}
