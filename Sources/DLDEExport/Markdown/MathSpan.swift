/// One TeX math span found in text: `$...$`, `$$...$$`, `\(...\)` or `\[...\]`.
public struct MathSpan: Sendable, Equatable {
    /// The TeX between the delimiters, as written.
    public var tex: String
    /// True for display math (`$$...$$`, `\[...\]`).
    public var display: Bool
    /// The span as written, delimiters included: what plain text shows.
    public var source: String
}

/// A piece of text that is either prose or a math span.
public enum TextSegment: Sendable, Equatable {
    case text(String)
    case math(MathSpan)
}
