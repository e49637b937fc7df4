/// The math pass, run once after loading: every math element of the model's
/// rendered HTML is collected, the distinct spans are converted in one batch,
/// spans that will not typeset are reported with where they are, and the HTML
/// of every field gets MathML in place of TeX. A pure transformation of the
/// model: the writers stay functions of the model.
public enum MathPass {
    /// One math span of one field, located (found only for spans that need a
    /// message: finding them means scanning the fields' sources again).
    public struct Occurrence: Sendable {
        /// Key path of the field (`papers[3].abstract`).
        public var keyPath: String
        /// The field as written.
        public var fieldSource: String
        /// Offset of the span (its opening delimiter) in the field, in Unicode scalars.
        public var offset: Int
        public var span: MathSpan
    }

    /// A span that will not typeset.
    public struct Failure: Sendable {
        public var occurrence: Occurrence
        public var message: String
        /// Where in the span's TeX the converter stopped, in Unicode scalars.
        public var offsetInTeX: Int
    }

    /// What the pass made of a workshop.
    public enum Outcome: Sendable {
        /// The model with MathML in its HTML, and the distinct spans converted.
        case converted(Workshop, spans: [MathSpan])
        /// The spans that will not typeset (nothing converted).
        case failed([Failure])
    }

    /// The distinct math elements (`MathRendering.html`) of the model's
    /// rendered HTML, in model order.
    public static func elements(in workshop: Workshop) -> [String] {
        func elements(_: RenderedFieldRef, _ rendered: inout RenderedText, into found: inout [String]) {
            guard rendered.html.containsBytes("<span class=\"math ") else { return }
            found += MathMLSubstitution.elements(in: rendered.html)
        }
        var copy = workshop
        var all: [String] = []
        copy.forEachRenderedField(includingPapers: false) { elements($0, &$1, into: &all) }
        // The papers' elements on every core, each chunk keeping the first
        // of each (workshops repeat their math), then the first of each in
        // model order.
        let numbered = Array(copy.papers.enumerated())
        all += Parallel.mapChunks(numbered) { chunk in
            var found: [String] = []
            for (index, paper) in chunk {
                var paper = paper
                paper.forEachRenderedField(index: index) { elements($0, &$1, into: &found) }
            }
            var seen = Set<String>()
            return found.filter { seen.insert($0).inserted }
        }
        var seen = Set<String>()
        return all.filter { seen.insert($0).inserted }
    }

    /// Every span of the model whose math element is in `elements`, located
    /// in its field. Math in code spans and code blocks is text, not an element.
    public static func occurrences(in workshop: Workshop, of elements: Set<String>) -> [Occurrence] {
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
                    let element = MathRendering.html(span)
                    if elements.contains(element), rendered.html.containsBytes(element) {
                        found.append(Occurrence(keyPath: field.keyPath, fieldSource: field.source, offset: offset, span: span))
                    }
                    offset += span.source.unicodeScalars.count
                }
            }
        }
        return found
    }

    /// Converts the math of `workshop` with `converter`.
    /// - Parameter elements: `elements(in: workshop)`.
    public static func run(_ workshop: Workshop, elements: [String], converter: KaTeXConverter) throws(ExportError) -> Outcome {
        let spans = elements.map { MathMLSubstitution.span(of: $0) }
        let convertible = zip(elements, spans).compactMap { element, span in span.map { (element, $0) } }
        guard !convertible.isEmpty else { return .converted(workshop, spans: []) }
        let results = try PhaseTimer.measure("math: convert") { () throws(ExportError) in
            try converter.convert(convertible.map { MathSource(tex: $0.1.tex, display: $0.1.display) })
        }
        var substitution = MathMLSubstitution()
        var failed: [String: (message: String, offset: Int)] = [:]
        for ((element, _), result) in zip(convertible, results) {
            switch result {
            case .mathml(let mathml): substitution.add(element: element, mathml: mathml)
            case .failed(let message, let offset): failed[element] = (message, offset)
            }
        }
        guard failed.isEmpty else {
            let located = occurrences(in: workshop, of: Set(failed.keys))
            return .failed(located.map { occurrence in
                let failure = failed[MathRendering.html(occurrence.span)]!
                return Failure(occurrence: occurrence, message: failure.message, offsetInTeX: failure.offset)
            })
        }
        let converted = PhaseTimer.measure("math: substitute") { apply(substitution, to: workshop) }
        return .converted(converted, spans: convertible.map(\.1))
    }

    /// `workshop` with `substitution` applied to every field's HTML.
    public static func apply(_ substitution: MathMLSubstitution, to workshop: Workshop) -> Workshop {
        func substitute(_: RenderedFieldRef, _ rendered: inout RenderedText) {
            guard rendered.html.containsBytes("<span class=\"math ") else { return }
            rendered.html = substitution.apply(rendered.html)
        }
        var result = workshop
        result.forEachRenderedField(includingPapers: false, substitute)
        // The papers on every core: thousands of abstracts.
        let numbered = Array(result.papers.enumerated())
        result.papers = Parallel.mapChunks(numbered) { chunk in
            chunk.map { index, paper in
                var paper = paper
                paper.forEachRenderedField(index: index, substitute)
                return paper
            }
        }
        return result
    }
}
