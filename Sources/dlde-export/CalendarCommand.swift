import ArgumentParser
import DLDEExport

struct CalendarCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write schedule.ics: the schedule as an RFC 5545 calendar in the workshop's time zone.",
        discussion: """
            One event a slot, with times in the workshop's zone and a VTIMEZONE built from \
            the system's zone data. DTSTAMP is the newest announcement's date, else \
            SOURCE_DATE_EPOCH, else the first slot's start: the same input gives the same file.
            """
    )
    @OptionGroup var options: CommonOptions
    var writer: any OutputWriter { CalendarWriter() }
}
