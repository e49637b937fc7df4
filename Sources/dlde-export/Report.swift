import ArgumentParser
import DLDEExport
import Foundation

/// Prints diagnostics and turns errors into exit statuses.
enum Report {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints what went wrong and returns the exit code to throw.
    static func fail(_ error: ExportError) -> ExitCode {
        if case .invalidInput(let diagnostics) = error {
            print(diagnostics)
            note("\(diagnostics.errors.count) error(s), \(diagnostics.warnings.count) warning(s); nothing was written")
        } else {
            note("dlde-export: \(error)")
        }
        return ExitCode(error.exitCode)
    }

    static func fail(_ error: any Error) -> any Error {
        if let error = error as? ExportError { return fail(error) }
        return error
    }
}
