import Foundation

/// Converts TeX math to MathML with KaTeX (Debian's `katex`), run by Node.js:
/// one process per run, every span of the batch converted once. KaTeX runs
/// with `output: "mathml"`, `trust: false`, `throwOnError: true` (a span that
/// will not typeset comes back as an error with its position), `maxSize` and
/// `maxExpand` limits, and the commands that would define macros, link, load
/// files or place HTML refused (see `KaTeXScript`). What KaTeX returns goes
/// through `MathMLSanitizer` before anyone sees it.
public struct KaTeXConverter: Sendable {
    /// Limits on what one span may ask for.
    public struct Limits: Sendable, Encodable {
        /// Longest span converted, in UTF-16 code units (KaTeX's `length`).
        public var maxLength = 4000
        /// Largest size a span may ask for (`\rule`, `\kern`), in ems.
        public var maxSize = 3
        /// Most macro expansions in one span.
        public var maxExpand = 1000
        /// Longest the whole batch may take, in seconds, beyond a base of
        /// 30 s (a span takes well under a millisecond).
        public var secondsPerSpan = 0.05
    }

    /// The Node.js executable.
    public var node: String
    /// KaTeX's module (a folder with package.json, or katex.js).
    public var katex: String
    public var limits = Limits()
    /// Where the start-up snapshot is kept (`KaTeXSnapshot`); nil: none.
    public var cacheFolder: String?
    /// The file of KaTeX's answers kept for this workshop
    /// (`MathAnswerCache`): spans found there are not sent to KaTeX. Nil: none.
    var answerCache: String?
    /// The process `started()` began, waiting for its batch.
    private(set) var process: KaTeXProcess?

    /// What to install when the converter is missing.
    public static let installHint = "install Debian's 'katex' and 'nodejs' (apt-get install katex nodejs, or run 'make program')"

    /// Where Debian installs KaTeX for Node.js (package `katex`), then the
    /// browser build (package `libjs-katex`), which Node.js can load too.
    static let katexCandidates = ["/usr/share/nodejs/katex", "/usr/share/javascript/katex/katex.min.js"]

    /// The converter of this machine, or nil when Node.js or KaTeX is missing.
    /// `DLDE_KATEX` names another KaTeX module, `DLDE_NODE` another Node.js
    /// (an empty value means none: how the tests take the converter away).
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> KaTeXConverter? {
        let node: String?
        if let given = environment["DLDE_NODE"] {
            node = given.isEmpty || !FileManager.default.isExecutableFile(atPath: given) ? nil : given
        } else {
            node = PDFCompiler.executable("node") ?? PDFCompiler.executable("nodejs")
        }
        let candidates = environment["DLDE_KATEX"].map { $0.isEmpty ? [] : [$0] } ?? katexCandidates
        guard let node, let katex = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else { return nil }
        return KaTeXConverter(node: node, katex: katex, cacheFolder: KaTeXSnapshot.folder(environment: environment))
    }

    public init(node: String, katex: String, cacheFolder: String? = nil) {
        self.node = node
        self.katex = katex
        self.cacheFolder = cacheFolder
    }

    private struct Request: Encodable {
        struct Span: Encodable { var tex: String; var display: Bool }
        var limits: Limits
        var spans: [Span]
    }

    private struct Answer: Decodable {
        var mathml: String?
        var error: String?
        var position: Int?
    }

    /// Converts every span in one Node.js process (but those whose answers
    /// are kept, `answerCache`); results in input order.
    public func convert(_ spans: [MathSource]) throws(ExportError) -> [MathConversion] {
        guard !spans.isEmpty else {
            cancel()
            return []
        }
        let kept = answerCache.map(MathAnswerCache.read) ?? [:]
        var answers: [Answer?] = spans.map { span in kept[span].map { Answer(mathml: $0) } }
        let missing = answers.indices.filter { answers[$0] == nil }
        if missing.isEmpty {
            // Every answer was kept: Node.js is not needed.
            cancel()
        } else {
            for (index, answer) in zip(missing, try answersFromKaTeX(missing.map { spans[$0] })) { answers[index] = answer }
            if let answerCache {
                MathAnswerCache.write(zip(spans, answers).compactMap { span, answer in answer?.mathml.map { (span, $0) } }, to: answerCache)
            }
        }
        return zip(spans, answers.map { $0! }).map { span, answer in
            if let mathml = answer.mathml {
                switch MathMLSanitizer.sanitize(mathml, tex: span.tex, display: span.display) {
                case .success(let clean): return .mathml(clean)
                case .failure(let problem): return .failed(message: problem.message, offset: 0)
                }
            }
            let message = answer.error ?? "KaTeX gave neither MathML nor an error"
            return .failed(message: message, offset: Self.scalarOffset(utf16: answer.position ?? 0, in: span.tex))
        }
    }

    /// KaTeX's answers for `spans`, in their order.
    private func answersFromKaTeX(_ spans: [MathSource]) throws(ExportError) -> [Answer] {
        let request = Request(limits: limits, spans: spans.map { .init(tex: $0.tex, display: $0.display) })
        let input: Data
        do { input = try JSONEncoder().encode(request) } catch {
            throw .internalError("cannot encode the math batch: \(error)")
        }
        let output = try run(input: input, timeout: 30 + limits.secondsPerSpan * Double(spans.count))
        let answers: [Answer]
        do { answers = try JSONDecoder().decode([Answer].self, from: output) } catch {
            throw .internalError("KaTeX (\(katex)) answered something other than the expected JSON: \(error)")
        }
        guard answers.count == spans.count else {
            throw .internalError("KaTeX converted \(answers.count) of \(spans.count) math spans")
        }
        return answers
    }

    /// KaTeX counts positions in UTF-16 code units; diagnostics count scalars.
    static func scalarOffset(utf16 offset: Int, in text: String) -> Int {
        let utf16 = text.utf16
        let clamped = min(max(0, offset), utf16.count)
        let index = utf16.index(utf16.startIndex, offsetBy: clamped)
        let scalarIndex = index.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.endIndex
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: scalarIndex)
    }

    /// This converter with its Node.js process started now, to be given its
    /// batch by `convert` later (see `KaTeXProcess`).
    public func started() throws(ExportError) -> KaTeXConverter {
        var converter = self
        converter.process = try newProcess()
        return converter
    }

    /// A process from the snapshot when there is one (made now if need be).
    private func newProcess() throws(ExportError) -> KaTeXProcess {
        try KaTeXProcess(node: node, katex: katex, snapshot: KaTeXSnapshot.blob(node: node, katex: katex, in: cacheFolder))
    }

    /// Stops the process `started()` began, when there is nothing to convert.
    public func cancel() {
        process?.cancel()
    }

    /// Runs the script on `input` and returns its standard output.
    private func run(input: Data, timeout: Double) throws(ExportError) -> Data {
        let process: KaTeXProcess
        if let started = self.process { process = started } else { process = try newProcess() }
        do throws(ExportError) {
            return try process.answer(input, timeout: timeout)
        } catch {
            // A snapshot Node.js will not start from (another build of it
            // made it): the batch again without it, and the snapshot goes.
            guard let snapshot = process.snapshot, !process.timedOut else { throw error }
            let answer = try KaTeXProcess(node: node, katex: katex).answer(input, timeout: timeout)
            KaTeXSnapshot.discard(snapshot)
            return answer
        }
    }
}
