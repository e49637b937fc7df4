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

    /// "wrote PATH" for each file written below `folder`, in one write
    /// (a site has twenty thousand).
    static func wrote(_ paths: [String], in folder: String) {
        var text = ""
        for path in paths { text += "wrote \((folder as NSString).appendingPathComponent(path))\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `wrote`, then ends the process with status 0 when the command's work
    /// is done: the checked model and the outputs' memory go back with the
    /// process, without freeing each of their objects one by one first (a
    /// tenth of a second at 10,000 papers).
    static func wroteAndExit(_ paths: [String], in folder: String) -> Never {
        wrote(paths, in: folder)
        exit(0)
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
