import ArgumentParser
import DLDEExport
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the workshop, its papers and the announcement templates; print errors and warnings, write nothing."
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        let checked = try options.load(rendersLaTeX: false)
        // Every field an announcement template names must exist (FILE:LINE:COL
        // of the template otherwise), before any message is written or sent.
        do {
            _ = try AnnouncementTemplates.load(overrides: options.context.templatesDirectory)
        } catch {
            throw Report.fail(error)
        }
        let count = checked.warnings.count
        Report.note("\(options.workshop): no errors, \(count) warning\(count == 1 ? "" : "s")")
    }
}

/// A command that runs one writer.
protocol WriterCommand: ParsableCommand {
    var options: CommonOptions { get }
    var writer: any OutputWriter { get }
}

extension WriterCommand {
    func run() throws {
        try runWriter()
    }

    /// Loads, checks and writes the writer's files (or prints the one file).
    func runWriter() throws {
        let checked = try options.load(rendersLaTeX: writer.rendersLaTeX)
        let workshop = checked.workshop
        let writer = self.writer
        // One run's parts for the writer and the warnings: the .bib is made once.
        let context = options.context.forRun(of: workshop)
        let warnings = PendingWarnings {
            var found: [Diagnostic] = []
            if let program = writer as? ProgramWriter { found += program.warnings(for: workshop) }
            // The site holds the PDF booklet only with --pdf.
            if let site = writer as? SiteWriter, site.options.pdf { found += ProgramWriter().warnings(for: workshop) }
            if let bibtex = writer as? BibTeXWriter { found += bibtex.warnings(for: workshop, context: context) }
            return found
        }
        do {
            if options.printsToStandardOutput {
                let files = try writer.files(for: workshop, context: context)
                guard files.count == 1, let file = files.first else {
                    throw ValidationError("'-o -' prints one file, but '\(writer.command)' writes \(files.count); give an output folder")
                }
                let data = try file.data()
                warnings.print()
                FileHandle.standardOutput.write(data)
            } else {
                let paths = try Export.run([writer], workshop: workshop, context: context, outputDirectory: options.output)
                warnings.print()
                Report.wroteAndExit(paths, in: options.output)
            }
        } catch {
            warnings.print()
            throw Report.fail(error)
        }
    }
}

struct JSONCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Write workshop.json: the checked, normalised model with UTC times."
    )
    @OptionGroup var options: CommonOptions
    var writer: any OutputWriter { JSONWriter() }
}

struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Run every writer; all files are replaced together or not at all."
    )

    @OptionGroup var options: CommonOptions
    @OptionGroup var programOptions: ProgramOptions
    @OptionGroup var bibtexOptions: BibTeXOptions
    @OptionGroup var feedOptions: FeedOptions

    func run() throws {
        if options.printsToStandardOutput {
            throw ValidationError("'all' writes several files; give an output folder, not '-'")
        }
        let checked = try options.load(rendersLaTeX: true)
        let writers = OutputWriters.all([programOptions, bibtexOptions, feedOptions].exportOptions)
        let workshop = checked.workshop
        // One run's parts for the writers and the warnings: the .bib is made once.
        let context = options.context.forRun(of: workshop)
        let warnings = PendingWarnings { ProgramWriter().warnings(for: workshop) + BibTeXWriter().warnings(for: workshop, context: context) }
        do {
            let paths = try Export.run(writers, workshop: workshop, context: context, outputDirectory: options.output)
            warnings.print()
            Report.wroteAndExit(paths, in: options.output)
        } catch {
            warnings.print()
            throw Report.fail(error)
        }
    }
}
