import Foundation

/// A file's YAML tree for finding key paths after reading (`DiagnosticSink`):
/// held from the start for a small file, or composed again from the file on
/// the first lookup for a file read as a stream (papers.yaml), so that a run
/// without messages about it never holds the whole tree.
final class YAMLKeyPathTree: @unchecked Sendable {
    private let lock = NSLock()
    private var root: YAMLNode??
    private let compose: () -> YAMLNode?

    init(root: YAMLNode) {
        self.root = .some(root)
        compose = { nil }
    }

    /// `compose` reads the file again; nil when it no longer can.
    init(compose: @escaping () -> YAMLNode?) {
        self.root = nil
        self.compose = compose
    }

    var node: YAMLNode? {
        lock.lock()
        defer { lock.unlock() }
        if let root { return root }
        let composed = compose()
        root = .some(composed)
        return composed
    }
}
