import Foundation

/// Starts the math converter's Node.js process while the input is still
/// being read (`KaTeXConverter.started()`), when the input may hold math:
/// some file has a `$`. Without one there is no span, and no process.
/// When KaTeX's answers for this workshop are kept (`MathAnswerCache`),
/// no process starts now: the batch starts one only for spans not kept.
enum MathPrestart {
    /// The converter, started unless its answers are kept, or nil (no `$`,
    /// no converter, or it would not start: the math pass then finds and
    /// reports that itself).
    static func converter(mode: MathMode, files: [String]) -> KaTeXConverter? {
        guard mode != .tex, files.contains(where: holdsDollar), var converter = KaTeXConverter.find() else { return nil }
        converter.answerCache = MathAnswerCache.path(converter: converter, files: files)
        if let kept = converter.answerCache, FileManager.default.fileExists(atPath: kept) { return converter }
        return try? converter.started()
    }

    private static func holdsDollar(_ path: String) -> Bool {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return false }
        return data.firstIndex(of: UInt8(ascii: "$")) != nil
    }
}
