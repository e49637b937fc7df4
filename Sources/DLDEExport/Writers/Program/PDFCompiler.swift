import Foundation

/// Compiles a LaTeX document to PDF with latexmk and XeLaTeX, in a
/// temporary folder, without shell escape.
enum PDFCompiler {
    /// The PDF of `latex`. `sourceDate` fixes the PDF's dates and id, so the
    /// same input gives the same bytes.
    /// - Parameter explain: turns XeLaTeX's first error into a message about
    ///   the input (the field whose text TeX rejected), when it can.
    static func compile(_ latex: String, name: String, sourceDate: Date,
                        explain: (TeXError) -> ExportError? = { _ in nil }) throws(ExportError) -> Data {
        guard let latexmk = executable("latexmk") else {
            throw .toolMissing(name: "latexmk", hint: "install it with 'apt-get install \(installCommand)' (or run 'make program'), or leave out --pdf")
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
        process.arguments = ["-xelatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", name + ".tex"]
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
            let failure = TeXError(log: texLog, folder: folder.path)
            if let failure, let explained = explain(failure) { throw explained }
            let detail = failure.map { "\($0.message) at line \($0.line.map(String.init) ?? "?"): '\($0.excerpt)'" } ?? "no error in the log"
            throw .internalError("XeLaTeX could not compile \(name).tex (latexmk exit \(process.terminationStatus)): \(detail); the run is kept in \(folder.path)")
        }
        try? FileManager.default.removeItem(at: folder)
        return bytes
    }

    /// The Debian packages the booklet's PDF needs (the Makefile's PDF_PACKAGES).
    static let installCommand = "latexmk texlive-latex-base texlive-latex-recommended texlive-xetex fonts-noto-core fonts-noto-mono fonts-noto-cjk fonts-symbola fonts-hosny-amiri"

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

/// XeLaTeX's first error, read from its log: `! Double subscript.` and
/// the `l.467 <text before> / <text after>` lines that follow it.
struct TeXError {
    var message: String
    /// The line of the .tex file, when TeX names one.
    var line: Int?
    /// The text around the error point, on one line.
    var excerpt: String
    /// The text of the line up to the error point (TeX may cut its start to `...`).
    var before = ""
    /// Where the failed run is kept.
    var folder: String

    init?(log: String, folder: String) {
        let lines = log.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("! ") }) else { return nil }
        var message = String(lines[start].dropFirst(2))
        if message.hasSuffix(".") { message.removeLast() }
        self.message = message
        self.folder = folder
        line = nil
        excerpt = ""
        for index in (start + 1)..<min(lines.count, start + 12) where lines[index].hasPrefix("l.") {
            let marker = lines[index].dropFirst(2)
            let digits = marker.prefix { $0.isNumber }
            line = Int(digits)
            let before = marker.dropFirst(digits.count).drop { $0 == " " }
            let after = index + 1 < lines.count ? lines[index + 1].trimmingCharacters(in: .whitespaces) : ""
            excerpt = (before + after).trimmingCharacters(in: .whitespaces)
            self.before = String(before)
            break
        }
    }
}
