import Foundation

/// KaTeX's answers for one workshop's math, kept in the user's cache folder
/// beside the start-up snapshot (`KaTeXSnapshot`): a run whose spans were
/// all converted before starts no Node.js (about 40 ms of CPU, a tenth of
/// a run at 1,000 papers).
///
/// One file per workshop (the paths of its input files) and converter: its
/// name holds the snapshot's hash (Node.js, KaTeX, the script and the
/// flags) and the limits, so a new Node.js or KaTeX never sees another's
/// answers. It holds the MathML as KaTeX gave it; `MathMLSanitizer` reads
/// every answer again on each run, kept or not. Only spans that converted
/// are kept: one KaTeX rejects goes to KaTeX on each run. A run that
/// converts a span rewrites the file with the answers of its own batch (a
/// formula edited away leaves it), atomically; files not changed for a
/// week go when another is written. A file that cannot be read is as none.
/// `DLDE_MATH_CACHE=0` turns it off.
enum MathAnswerCache {
    /// The cache file of the workshop read from `files`, nil when there is
    /// no cache folder, KaTeX's files cannot be found, or it is turned off.
    static func path(converter: KaTeXConverter, files: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard environment["DLDE_MATH_CACHE"] != "0", let folder = converter.cacheFolder,
              let main = KaTeXSnapshot.mainFile(of: converter.katex),
              let name = KaTeXSnapshot.name(node: converter.node, katexMain: main) else { return nil }
        let limits = converter.limits
        let inputs = files.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let key = (["\(limits.maxLength) \(limits.maxSize) \(limits.maxExpand)"] + inputs).joined(separator: "\u{0}")
        return "\(folder)/\(name)-\(KaTeXSnapshot.hash(key))\(suffix)"
    }

    private static let suffix = ".answers"

    private struct Entry: Codable {
        var tex: String
        var display: Bool
        var mathml: String
    }

    /// The answers kept at `path`; none when there is no file or it cannot be read.
    static func read(_ path: String) -> [MathSource: String] {
        guard let data = FileManager.default.contents(atPath: path),
              let entries = try? JSONDecoder().decode([Entry].self, from: data) else { return [:] }
        var answers: [MathSource: String] = [:]
        for entry in entries { answers[MathSource(tex: entry.tex, display: entry.display)] = entry.mathml }
        return answers
    }

    /// Keeps `answers` (span and KaTeX's MathML, in batch order) at `path`,
    /// in place of what was there. A cache that cannot be written is no
    /// error: the next run asks KaTeX again.
    static func write(_ answers: [(MathSource, String)], to path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
              let data = try? JSONEncoder().encode(answers.map { Entry(tex: $0.0.tex, display: $0.0.display, mathml: $0.1) }) else { return }
        guard (try? data.write(to: URL(fileURLWithPath: path), options: .atomic)) != nil else { return }
        KaTeXSnapshot.removeStale(in: folder, suffix: suffix, keeping: path)
    }
}
