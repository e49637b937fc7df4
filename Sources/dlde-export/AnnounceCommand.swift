import ArgumentParser
import DLDEExport
import Foundation

/// `dlde-export announce`: the announcements as mail messages, and with
/// `--send` their delivery through the system's sendmail program.
struct AnnounceCommand: WriterCommand {
    static let configuration = CommandConfiguration(
        commandName: "announce",
        abstract: "Write announcements/<id>.eml (RFC 5322 messages) and announcements.mbox; --send delivers them.",
        discussion: """
        Every announcement of workshop.yaml becomes a plain-text UTF-8 message ready \
        for `sendmail -t` or a mail client, with its body from templates/email/<kind>.txt.mustache; \
        an announcement with `to: authors` becomes one message per paper to its authors, \
        `to: speakers` one per invited speaker. With --id only that announcement is written; \
        `--id ID -o -` prints it (a mailing-list announcement). \
        --send writes the files, then hands every message not yet in OUTPUT/delivery.log \
        to `SENDMAIL -t -oi` and logs it once accepted, so a rerun sends only what is missing.
        """
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .customLong("id"), help: "Write (or send) only the announcement with this id (with '-o -': print it).")
    var announcementID: String?

    @Flag(help: "Deliver the messages through the sendmail program, skipping those delivery.log records as sent.")
    var send = false

    @Option(name: .customLong("sendmail"), help: ArgumentHelp("The sendmail program (run with -t -oi).", valueName: "path"))
    var sendmailPath: String = SendmailProgram.defaultPath

    @Flag(help: "List the recipients and subjects that --send would send now; send and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("With --send: at most N messages a minute.", valueName: "N"))
    var rate: Double?

    var writer: any OutputWriter { AnnounceWriter(onlyID: announcementID) }

    func validate() throws {
        if let rate, !(rate > 0 && rate.isFinite) { throw ValidationError("--rate must be a number of messages a minute above 0") }
        if !send && !dryRun && (rate != nil || sendmailPath != SendmailProgram.defaultPath) {
            throw ValidationError("--rate and --sendmail go with --send")
        }
        if (send || dryRun) && options.printsToStandardOutput {
            throw ValidationError("--send keeps the messages and delivery.log in an output folder; give one, not '-'")
        }
    }

    func run() throws {
        guard send || dryRun else { return try runWriter() }
        let checked = try options.load(rendersLaTeX: false)
        let writer = AnnounceWriter(onlyID: announcementID)
        let messages: [OutgoingMessage]
        do {
            let templates = try AnnouncementTemplates.load(overrides: options.context.templatesDirectory)
            messages = try writer.outgoing(for: checked.workshop, templates: templates)
        } catch {
            throw Report.fail(error)
        }
        if dryRun { return listPending(messages) }
        let mailer = SendmailProgram(path: sendmailPath)
        do {
            try mailer.checkRunnable()
        } catch {
            throw fail(error)
        }
        var delivery = Delivery(mailer: mailer, ratePerMinute: rate)
        let progress = ProgressLine()
        delivery.progress = { number, count, message in progress.show("sending \(number) of \(count): \(message.path)") }
        do {
            let summary = try delivery.run(messages, logDirectory: options.output, afterLocking: {
                let paths = try Export.run([writer], workshop: checked.workshop, context: options.context, outputDirectory: options.output)
                Report.wrote(paths, in: options.output)
            })
            progress.end()
            Report.note("sent \(summary.sent) message\(summary.sent == 1 ? "" : "s") through \(sendmailPath)"
                + (summary.alreadySent > 0 ? "; \(summary.alreadySent) had been sent before" : "")
                + " (\((options.output as NSString).appendingPathComponent("delivery.log")))")
        } catch let error as DeliveryError {
            progress.end()
            throw fail(error)
        } catch let error as ExportError {
            throw Report.fail(error)
        }
    }

    /// `--dry-run`: what `--send` would send now, on standard output.
    private func listPending(_ messages: [OutgoingMessage]) {
        let pending = Delivery.pending(messages, directory: options.output)
        var text = ""
        for message in pending {
            text += "\(message.path) \(message.messageID)\n  To: \(message.recipients.joined(separator: ", "))\n  Subject: \(message.subject)\n"
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        Report.note("dry run: \(pending.count) of \(messages.count) message\(messages.count == 1 ? "" : "s") would be sent"
            + " (\(messages.count - pending.count) in delivery.log); nothing was sent or written")
    }

    private func fail(_ error: DeliveryError) -> ExitCode {
        Report.note("dlde-export: \(error)")
        return ExitCode(error.exitCode)
    }
}

/// `sending N of M` on standard error, rewritten in place, only when
/// standard error is a terminal (logs of scripted runs stay clean).
final class ProgressLine {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var shown = false

    func show(_ text: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        shown = true
    }

    func end() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        shown = false
    }
}
