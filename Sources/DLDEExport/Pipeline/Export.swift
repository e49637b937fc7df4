import Foundation

/// Runs writers over a checked workshop and writes their files atomically.
public enum Export {
    /// Runs `writers` and writes all their files into `outputDirectory`
    /// together: all replaced, or none (`AtomicWriter`). Each job's files
    /// are staged as soon as the job ends, so their text is not held while
    /// the other jobs run.
    /// - Parameter context: a run's context (`WriterContext.forRun(of:)`)
    ///   when the caller shares its parts too, else one is made.
    /// - Returns: the paths written, relative to `outputDirectory`, in the
    ///   writers' order.
    @discardableResult
    public static func run(_ writers: [any OutputWriter], workshop: Workshop, context: WriterContext, outputDirectory: String) throws(ExportError) -> [String] {
        // Writers are pure and independent: run their jobs on every core,
        // heaviest first; files and the first error keep the writers' order.
        // Loading is over and its YAML trees are freed: hand that memory back
        // before the writers, which allocate on other threads (other malloc
        // arenas), start.
        PhaseTimer.measure("trim") { Malloc.returnFreedMemory() }
        let context = context.forRun(of: workshop)
        var jobs: [WriterJob] = []
        for writer in writers { jobs += try writer.jobs(for: workshop, context: context) }
        let order = jobs.indices.sorted { (jobs[$0].weight, $1) > (jobs[$1].weight, $0) }
        // A run killed earlier may have left its staged files behind.
        PhaseTimer.measure("clear stale temporaries") { _ = StaleTemporaries.clear(in: outputDirectory) }
        let output = AtomicWriter(directory: outputDirectory)
        let queue = JobQueue(order.map { jobs[$0] })
        // The LaTeX of the Markdown fields goes when its last reader ends.
        let latexReaders = Countdown(jobs.count { $0.readsLaTeX }) { workshop.releaseLaTeX() }
        jobs = []
        let done: [Result<[AtomicWriter.Staged], ExportError>] = Parallel.map(Array(order.indices)) { position in
            let (result, readsLaTeX) = queue.run(position) { job in
                PhaseTimer.measure("write \(job.name)") {
                    Result { () throws(ExportError) in try output.stage(try job.run()) }
                }
            }
            if readsLaTeX { latexReaders.countDown() }
            return result
        }
        var results = [Result<[AtomicWriter.Staged], ExportError>?](repeating: nil, count: order.count)
        for (position, index) in order.enumerated() { results[index] = done[position] }
        var staged: [AtomicWriter.Staged] = []
        do {
            for result in results { staged += try result!.get() }
        } catch {
            output.discard()
            throw error
        }
        try PhaseTimer.measure("save files") { () throws(ExportError) in try output.commit(staged) }
        return staged.map(\.path)
    }
}

/// A run's jobs, each taken out to run once and let go of when it ends:
/// what only it captured (the booklet's contexts, the site's paper-page
/// context) is freed then, not when the last job ends.
private final class JobQueue: @unchecked Sendable {
    private var jobs: [WriterJob?]
    private let lock = NSLock()

    init(_ jobs: [WriterJob]) { self.jobs = jobs }

    /// Runs job `position` with `body`; returns after the job is let go of.
    func run<Result>(_ position: Int, _ body: (WriterJob) -> Result) -> (Result, readsLaTeX: Bool) {
        lock.lock()
        let job = jobs[position].take()!
        lock.unlock()
        return (body(job), job.readsLaTeX)
    }
}
