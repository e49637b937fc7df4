import ArgumentParser
import DLDEExport

struct FeedCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Write atom.xml (Atom 1.0) and rss.xml (RSS 2.0): the announcements, newest first.",
        discussion: """
            Entry ids are tag: URIs from the workshop's host, year and id and the announcement's id; \
            they never change when entries are added. The feeds link to themselves at the workshop's \
            url + atom.xml / rss.xml.
            """
    )
    @OptionGroup var options: CommonOptions

    @OptionGroup var feedOptions: FeedOptions

    var writer: any OutputWriter { OutputWriters.writer("feed", [feedOptions].exportOptions)! }
}
