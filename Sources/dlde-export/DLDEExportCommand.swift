import ArgumentParser
import DLDEExport
import Foundation

@main
struct DLDEExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlde-export",
        abstract: "Turn a workshop and its accepted papers into its program, BibTeX, feeds, announcements and calendar.",
        version: ToolVersion.generator,
        subcommands: [CheckCommand.self, ImportCommand.self, JSONCommand.self, ProgramCommand.self, BibTeXCommand.self, FeedCommand.self, AnnounceCommand.self, CalendarCommand.self, AllCommand.self]
    )
}
