import ArgumentParser
import DLDEExport
import Foundation

@main
struct DLDEExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlde-export",
        abstract: "Turn a workshop and its accepted papers into its program, BibTeX, feeds, announcements and calendar.",
        // One paragraph: the man page generator turns a blank line into an mdoc warning.
        discussion: """
            Every command loads and checks the workshop first (--workshop, default data/dlde-2021); on an error \
            nothing is written. Errors and warnings go to standard error as FILE:LINE:COLUMN: error: MESSAGE [key.path]. \
            Outputs are deterministic; SOURCE_DATE_EPOCH sets the dates the input does not give. \
            Exit status: 0 done (warnings allowed), 64 bad usage, 65 bad input data, 66 input missing, \
            69 a needed external tool is missing, 70 internal error, 73 output not writable.
            """,
        version: ToolVersion.generator,
        subcommands: [CheckCommand.self, ImportCommand.self, JSONCommand.self, ProgramCommand.self, BibTeXCommand.self, FeedCommand.self, AnnounceCommand.self, CalendarCommand.self, SiteCommand.self, AllCommand.self]
    )
}
