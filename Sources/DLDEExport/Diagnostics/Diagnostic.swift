/// An error or warning about the input, located like a compiler message.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is; nil only when no position is known (a file
    /// that cannot be read at all).
    public var location: SourceLocation?
    /// The key path of the offending value, e.g. `schedule[7].start`.
    public var keyPath: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, keyPath: String?) {
        self.severity = severity
        self.message = message
        self.location = location
        self.keyPath = keyPath
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE [key.path]`.
    public var description: String {
        var text = ""
        if let location {
            text = "\(location.file):\(location.line):\(location.column): "
        }
        text += "\(severity.rawValue): \(message)"
        if let keyPath, !keyPath.isEmpty { text += " [\(keyPath)]" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
