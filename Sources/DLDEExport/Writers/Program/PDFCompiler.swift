import Foundation

/// Compiles a LaTeX document to PDF with latexmk and pdfLaTeX, in a
/// temporary folder, without shell escape.
enum PDFCompiler {
    /// The PDF of `latex`. `sourceDate` fixes the PDF's dates and id, so the
    /// same input gives the same bytes.
    static func compile(_ latex: String, name: String, sourceDate: Date) throws(ExportError) -> Data {
        guard let latexmk = executable("latexmk") else {
            throw .toolMissing(name: "latexmk", hint: "install it with 'apt-get install latexmk texlive-latex-base texlive-latex-recommended texlive-fonts-recommended' (or run 'make program'), or leave out --pdf")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlde-export-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(latex.utf8).write(to: folder.appendingPathComponent(name + ".tex"))
        } catch {
            throw .outputNotWritable(path: folder.path, reason: "cannot prepare the LaTeX run: \(error)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: latexmk)
        process.arguments = ["-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", name + ".tex"]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(Int(sourceDate.timeIntervalSince1970))
        environment["FORCE_SOURCE_DATE"] = "1"
        process.environment = environment
        let log = folder.appendingPathComponent("latexmk-output.txt")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try? FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw .toolMissing(name: "latexmk", hint: "it could not be started: \(error)")
        }
        process.waitUntilExit()
        try? handle?.close()
        let pdf = folder.appendingPathComponent(name + ".pdf")
        guard process.terminationStatus == 0, let bytes = try? Data(contentsOf: pdf) else {
            let texLog = (try? String(contentsOf: folder.appendingPathComponent(name + ".log"), encoding: .utf8)) ?? ""
            let errors = texLog.components(separatedBy: "\n").enumerated().filter { $0.element.hasPrefix("!") }
                .prefix(3).map { index, line in
                    ([line] + texLog.components(separatedBy: "\n").dropFirst(index + 1).prefix(2)).joined(separator: " ")
                }
            throw .internalError("pdfLaTeX could not compile \(name).tex (latexmk exit \(process.terminationStatus)): \(errors.joined(separator: " | ")); the run is kept in \(folder.path)")
        }
        try? FileManager.default.removeItem(at: folder)
        return bytes
    }

    /// The path of `name` on PATH.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
