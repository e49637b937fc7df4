/// Collects diagnostics while a file is read and checked, and finds where a
/// key path is in the files, so later checks can point at it.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    /// The root of each file read, by the key-path prefix its values get
    /// ("" for workshop.yaml, "papers" for papers.yaml).
    private var roots: [(prefix: String, tree: YAMLKeyPathTree, file: String)] = []
    /// Key-path lookups for values that came from elsewhere (an imported CSV
    /// row or OpenReview note), by key-path prefix.
    private(set) var locators: [(prefix: String, locate: (String) -> SourceLocation?)] = []

    func error(_ message: String, at location: SourceLocation?, keyPath: String) {
        diagnostics.append(Diagnostic(.error, message, at: location, keyPath: keyPath))
    }

    func warning(_ message: String, at location: SourceLocation?, keyPath: String) {
        diagnostics.append(Diagnostic(.warning, message, at: location, keyPath: keyPath))
    }

    /// An error at a key path read earlier.
    func error(_ message: String, keyPath: String) {
        error(message, at: location(of: keyPath), keyPath: keyPath)
    }

    /// A warning at a key path read earlier.
    func warning(_ message: String, keyPath: String) {
        warning(message, at: location(of: keyPath), keyPath: keyPath)
    }

    /// Remembers a file's tree, so `location(of:)` can find key paths in it.
    func register(root tree: YAMLKeyPathTree, prefix: String, file: String) {
        roots.append((prefix, tree, file))
    }

    /// Finds key paths below `prefix` with `locate` instead of a YAML tree.
    func register(locator locate: @escaping (String) -> SourceLocation?, prefix: String) {
        locators.append((prefix, locate))
    }

    /// Appends diagnostics collected by another sink (one per parallel worker).
    func absorb(_ other: DiagnosticSink) {
        diagnostics += other.diagnostics
    }

    /// The location of the value at `keyPath` (`schedule[7].start`), or of its
    /// nearest existing parent, found by walking the YAML tree.
    func location(of keyPath: String) -> SourceLocation? {
        for locator in locators where keyPath.hasPrefix(locator.prefix) {
            if let found = locator.locate(keyPath) { return found }
        }
        guard let (node, file) = node(at: keyPath) else { return nil }
        return SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    /// The YAML node at `keyPath`, or its nearest existing parent, and its file.
    func node(at keyPath: String) -> (YAMLNode, String)? {
        for root in roots.sorted(by: { $0.prefix.count > $1.prefix.count }) {
            guard keyPath.hasPrefix(root.prefix) else { continue }
            let rest = keyPath.dropFirst(root.prefix.count)
            guard root.prefix.isEmpty || rest.isEmpty || rest.first == "." || rest.first == "[" else { continue }
            guard var node = root.tree.node else { return nil }
            for step in Self.steps(of: rest) {
                let next: YAMLNode?
                switch (node, step) {
                case (.mapping, .key(let key)): next = node.value(forKey: key)
                case (.sequence(let sequence, _), .index(let index)): next = index < sequence.count ? sequence[index] : nil
                default: next = nil
                }
                guard let next else { break }
                node = next
            }
            return (node, root.file)
        }
        return nil
    }

    private enum Step { case key(String), index(Int) }

    private static func steps(of path: Substring) -> [Step] {
        var steps: [Step] = []
        var current = ""
        var inIndex = false
        for character in path {
            switch character {
            case "." where !inIndex:
                if !current.isEmpty { steps.append(.key(current)) }
                current = ""
            case "[":
                if !current.isEmpty { steps.append(.key(current)) }
                current = ""
                inIndex = true
            case "]" where inIndex:
                if let index = Int(current) { steps.append(.index(index)) }
                current = ""
                inIndex = false
            default:
                current.append(character)
            }
        }
        if !current.isEmpty { steps.append(.key(current)) }
        return steps
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}
