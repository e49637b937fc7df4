/// A part of a writer's work that can run on its own core: `all` runs every
/// writer's jobs side by side, heaviest first, so one large writer (the
/// booklet, in HTML and in LaTeX) does not finish alone on one core.
public struct WriterJob: Sendable {
    /// For timings: `program.html`, `bibtex`.
    public var name: String
    /// Relative cost, for scheduling only: heavier jobs start first.
    public var weight: Int
    /// Whether it reads the LaTeX of Markdown fields (`program.tex`): the
    /// run lets go of that LaTeX when the last such job ends.
    public var readsLaTeX: Bool
    /// Makes this job's files.
    public var run: @Sendable () throws(ExportError) -> [OutputFile]

    public init(name: String, weight: Int = 1, readsLaTeX: Bool = false, run: @escaping @Sendable () throws(ExportError) -> [OutputFile]) {
        self.name = name
        self.weight = weight
        self.readsLaTeX = readsLaTeX
        self.run = run
    }

    /// This job named `name`, its files passed through `transform`.
    func mapped(name: String, _ transform: @escaping @Sendable ([OutputFile]) -> [OutputFile]) -> WriterJob {
        let run = self.run
        return WriterJob(name: name, weight: weight, readsLaTeX: readsLaTeX) { () throws(ExportError) in transform(try run()) }
    }
}

extension OutputWriter {
    /// One job making all of `files(for:context:)`.
    public func jobs(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [WriterJob] {
        [WriterJob(name: command, weight: jobWeight) { () throws(ExportError) in try files(for: workshop, context: context) }]
    }

    public var jobWeight: Int { 1 }

    public var rendersLaTeX: Bool { false }
}
