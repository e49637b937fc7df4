/// Collects diagnostics while a file is read and checked, and remembers where
/// every key path was found so later checks can point at it.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var locations: [String: SourceLocation] = [:]

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

    func record(_ keyPath: String, at location: SourceLocation) {
        locations[keyPath] = location
    }

    /// The location of `keyPath`, or of its nearest recorded parent.
    func location(of keyPath: String) -> SourceLocation? {
        var path = Substring(keyPath)
        while true {
            if let found = locations[String(path)] { return found }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            path = path[..<cut]
        }
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}
