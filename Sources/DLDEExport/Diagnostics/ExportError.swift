/// Why a command could not finish. Each case has the exit status of the
/// command-line contract.
public enum ExportError: Error, Sendable, CustomStringConvertible {
    /// The input has errors (65); the diagnostics hold warnings too.
    case invalidInput([Diagnostic])
    /// A required input file or folder does not exist (66).
    case inputMissing(path: String, what: String)
    /// The output could not be written (73); nothing was changed.
    case outputNotWritable(path: String, reason: String)
    /// A needed external program is missing (69).
    case toolMissing(name: String, hint: String)
    /// A template or other user-supplied resource is unusable (65).
    case badTemplate(Diagnostic)
    /// Something that should not happen (70).
    case internalError(String)

    public var exitCode: Int32 {
        switch self {
        case .invalidInput, .badTemplate: return 65
        case .inputMissing: return 66
        case .outputNotWritable: return 73
        case .toolMissing: return 69
        case .internalError: return 70
        }
    }

    public var description: String {
        switch self {
        case .invalidInput(let diagnostics):
            let count = diagnostics.errors.count
            return "\(count) error\(count == 1 ? "" : "s") in the input; nothing was written"
        case .inputMissing(let path, let what):
            return "\(path): error: \(what) not found"
        case .outputNotWritable(let path, let reason):
            return "\(path): error: cannot write output: \(reason); nothing was changed"
        case .toolMissing(let name, let hint):
            return "error: \(name) is needed but not installed; \(hint)"
        case .badTemplate(let diagnostic):
            return diagnostic.description
        case .internalError(let message):
            return "internal error: \(message)"
        }
    }
}
