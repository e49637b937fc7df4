import Foundation
import Testing

/// Corpora kept beside the project in `../shared/` (never copied in): a
/// test that needs one fails when it is missing and the environment
/// variable CI is set, and otherwise skips with a printed line.
enum SharedCorpus {
    static let folder = TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The file `path` inside `../shared/`, or nil (the test then returns)
    /// after a failure under CI or a printed skip line elsewhere.
    static func file(_ path: String, for test: String, sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        let url = folder.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        let message = "\(url.path) is missing: \(test) needs it"
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(message) (CI is set)", sourceLocation: sourceLocation)
        } else {
            print("SKIP: \(message); skipped outside CI")
        }
        return nil
    }
}
