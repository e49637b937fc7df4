import Foundation

/// The LaTeX of a Markdown field, kept apart from the field's other forms:
/// made at load (or when first read), and let go of when the run's last
/// reader is done (`Workshop.releaseLaTeX()`: only the booklet's
/// `program.tex` reads it, and at 10,000 papers it is 20 MB). Read after
/// that, it is made again from the Markdown each time: the same text.
final class MarkdownLaTeX: @unchecked Sendable {
    /// The field's Markdown, which the LaTeX is a function of.
    let markdown: String
    private var made: String?
    private var released = false
    /// One lock for every field's: the LaTeX is read by one job and let go
    /// of once, so it is never contended.
    private static let lock = NSLock()

    init(markdown: String, latex: String?) {
        self.markdown = markdown
        self.made = latex
    }

    var latex: String {
        Self.lock.lock()
        let kept = made
        Self.lock.unlock()
        if let kept { return kept }
        let latex = MarkdownRenderer.render(markdown, latex: true).latex
        Self.lock.lock()
        if !released && made == nil { made = latex }
        Self.lock.unlock()
        return latex
    }

    /// Whether the LaTeX is held now (made and not let go of).
    var isKept: Bool {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return made != nil
    }

    /// Lets go of the LaTeX; a later read makes it again.
    func release() {
        Self.lock.lock()
        made = nil
        released = true
        Self.lock.unlock()
    }
}
