/// The math pass, run once after loading: every math span shown as math in
/// the model's rendered HTML is collected, the distinct spans are converted
/// in one batch, spans that will not typeset are reported with where they
/// are, and the HTML of every field gets MathML in place of TeX. A pure
/// transformation of the model: the writers stay functions of the model.
public enum MathPass {
    /// One math span of one field.
    public struct Occurrence: Sendable {
        /// Key path of the field (`papers[3].abstract`).
        public var keyPath: String
        /// The field as written.
        public var fieldSource: String
        /// Offset of the span (its opening delimiter) in the field, in Unicode scalars.
        public var offset: Int
        public var span: MathSpan
    }

    /// What the pass made of a workshop.
    public enum Outcome: Sendable {
        /// The model with MathML in its HTML.
        case converted(Workshop)
        /// The spans that will not typeset (nothing converted).
        case failed([Failure])
    }

    /// A span that will not typeset.
    public struct Failure: Sendable {
        public var occurrence: Occurrence
        public var message: String
        /// Where in the span's TeX the converter stopped, in Unicode scalars.
        public var offsetInTeX: Int
    }

    /// Every math span of the rendered HTML of `workshop`, in model order.
    public static func occurrences(in workshop: Workshop) -> [Occurrence] {
        var found: [Occurrence] = []
        var copy = workshop
        copy.forEachRenderedField { field, rendered in
            guard rendered.html.containsBytes("<span class=\"math ") else { return }
            var offset = 0
            for segment in MathScanner.segments(field.source) {
                switch segment {
                case .text(let prose):
                    offset += prose.unicodeScalars.count
                case .math(let span):
                    // Math in code spans and code blocks stays text: skip it.
                    if rendered.html.containsBytes(MathRendering.html(span)) {
                        found.append(Occurrence(keyPath: field.keyPath, fieldSource: field.source, offset: offset, span: span))
                    }
                    offset += span.source.unicodeScalars.count
                }
            }
        }
        return found
    }

    /// Converts the math of `workshop` with `converter`: the model with
    /// MathML in its HTML, or the spans that will not typeset.
    /// - Parameter found: `occurrences(in: workshop)`.
    public static func run(_ workshop: Workshop, occurrences found: [Occurrence], converter: KaTeXConverter) throws(ExportError) -> Outcome {
        guard !found.isEmpty else { return .converted(workshop) }
        var index: [MathSource: Int] = [:]
        var distinct: [MathSource] = []
        for occurrence in found {
            let source = MathSource(tex: occurrence.span.tex, display: occurrence.span.display)
            if index[source] == nil {
                index[source] = distinct.count
                distinct.append(source)
            }
        }
        let results = try PhaseTimer.measure("math: convert") { () throws(ExportError) in try converter.convert(distinct) }
        var failures: [Failure] = []
        var substitution = MathMLSubstitution()
        for occurrence in found {
            switch results[index[MathSource(tex: occurrence.span.tex, display: occurrence.span.display)]!] {
            case .mathml(let mathml):
                substitution.add(occurrence.span, mathml: mathml)
            case .failed(let message, let offset):
                failures.append(Failure(occurrence: occurrence, message: message, offsetInTeX: offset))
            }
        }
        guard failures.isEmpty else { return .failed(failures) }
        return .converted(PhaseTimer.measure("math: substitute") { apply(substitution, to: workshop) })
    }

    /// `workshop` with `substitution` applied to every field's HTML.
    public static func apply(_ substitution: MathMLSubstitution, to workshop: Workshop) -> Workshop {
        var result = workshop
        result.forEachRenderedField { _, rendered in
            guard rendered.html.containsBytes("<span class=\"math ") else { return }
            rendered.html = substitution.apply(rendered.html)
        }
        return result
    }
}
