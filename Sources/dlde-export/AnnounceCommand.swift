import ArgumentParser
import DLDEExport

/// `dlde-export announce`: the announcements as mail messages.
struct AnnounceCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "announce",
        abstract: "Write announcements/<id>.eml (RFC 5322 messages) and announcements.mbox.",
        discussion: """
        Every announcement of workshop.yaml becomes a plain-text UTF-8 message ready \
        for `sendmail -t` or a mail client, with its body from templates/email/<kind>.txt.mustache. \
        With --id only that message is written; `--id ID -o -` prints it.
        """
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .customLong("id"), help: "Write only the announcement with this id (with '-o -': print it).")
    var announcementID: String?

    var writer: any OutputWriter { AnnounceWriter(onlyID: announcementID) }
}
