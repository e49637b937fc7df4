/// What the converter made of one TeX span.
public enum MathConversion: Sendable, Equatable {
    /// A `<math>` element, already through `MathMLSanitizer`.
    case mathml(String)
    /// The span will not typeset: the converter's message and where in the
    /// TeX (counted in Unicode scalars from the first character after the
    /// opening delimiter) it stopped.
    case failed(message: String, offset: Int)
}

/// One span to convert: the TeX between the delimiters, and whether it is
/// display math.
public struct MathSource: Sendable, Hashable {
    public var tex: String
    public var display: Bool

    public init(tex: String, display: Bool) {
        self.tex = tex
        self.display = display
    }
}

/// How math appears in HTML outputs (`--math`).
public enum MathMode: String, Sendable, CaseIterable {
    /// MathML when the converter is installed; otherwise TeX, with one warning.
    case auto
    /// TeX source, as written, in `<span class="math ...">` (no converter runs,
    /// so math is not checked either).
    case tex
    /// MathML; a missing converter is an error.
    case mathml
}
