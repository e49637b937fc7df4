import Foundation
import Testing

/// `announce --send` through a real sendmail program (msmtp) to a real SMTP
/// server on 127.0.0.1 (aiosmtpd): every message arrives once, byte for
/// byte; failures, SIGINT and SIGKILL leave a log from which a rerun sends
/// exactly the rest.
@Suite("announce --send", .serialized)
struct DeliveryTests {
    /// Ten messages: the `to-authors` announcement of an 11-paper synthetic
    /// workshop (the tenth paper has no address).
    private func tenMessages(_ folder: TemporaryFolder) throws -> [String] {
        let workshop = try MailWorkshops.synthetic(papers: 11, in: folder)
        return ["announce", "--workshop", workshop, "--id", "to-authors"]
    }

    private func expectEachOnce(_ sink: SMTPSink, output: String, count: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let received = sink.messages().compactMap { TraceFields.messageID($0.data) }
        let files = MailWorkshops.emlFiles(in: output + "/announcements")
        #expect(files.count == count, sourceLocation: sourceLocation)
        #expect(received.count == count, "server has \(received.count)", sourceLocation: sourceLocation)
        #expect(Set(received).count == received.count, "a message arrived twice: \(received)", sourceLocation: sourceLocation)
        let logged = MailWorkshops.logged(output)
        #expect(Set(logged) == Set(received) && logged.count == count, "log \(logged)", sourceLocation: sourceLocation)
    }

    @Test func everyMessageArrivesOnceByteForByte() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink()
        let workshop = try MailWorkshops.bundledWithAddresses(in: folder)
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(["announce", "--workshop", workshop, "-o", output, "--send", "--sendmail", sink.sendmail])
        try #require(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("sending 1 of"), "a progress line without a terminal")
        let files = MailWorkshops.emlFiles(in: output + "/announcements")
        let received = sink.messages()
        #expect(received.count == files.count && files.count > 6)
        var byID: [String: (data: Data, recipients: [String])] = [:]
        for message in received {
            let id = try #require(TraceFields.messageID(message.data))
            #expect(byID[id] == nil, "\(id) arrived twice")
            byID[id] = message
        }
        for file in files {
            let written = try Data(contentsOf: URL(fileURLWithPath: file))
            let id = try #require(TraceFields.messageID(written))
            let arrived = try #require(byID[id], "\(file) did not arrive")
            #expect(TraceFields.strip(arrived.data) == written, "\(file) arrived changed")
        }
        // The envelope: a personal message reaches its paper's authors and nobody else.
        let personal = files.filter { $0.contains("/authors-notice/") }
        let json = try MailWorkshops.json(workshop, in: folder)
        let check = MailWorkshops.checkPersonal(json: json, announcement: "authors-notice", files: personal)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let received2 = received.filter { TraceFields.messageID($0.data)?.hasPrefix("<authors-notice.") == true }
        let delivered = received2.map { $0.data }
        let serverCheck = try writeAndCheck(delivered, folder: folder, json: json, announcement: "authors-notice")
        #expect(serverCheck.status == 0, "\(serverCheck.stdout)\(serverCheck.stderr)")
        for message in received2 {
            let text = String(decoding: message.data, as: UTF8.self)
            let header = text.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
            let to = try #require(header.components(separatedBy: "\r\n").first { $0.hasPrefix("To: ") })
            for recipient in message.recipients { #expect(to.contains("<\(recipient)>") || to.contains(" \(recipient)")) }
            #expect(message.recipients.count == to.components(separatedBy: "@").count - 1)
        }
        // A rerun sends nothing.
        let again = Run.tool(["announce", "--workshop", workshop, "-o", output, "--send", "--sendmail", sink.sendmail])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("sent 0 messages"), "\(again.stderr)")
        #expect(sink.count == files.count)
    }

    /// The server's copies as files, through the same checker.
    private func writeAndCheck(_ messages: [Data], folder: TemporaryFolder, json: String, announcement: String) throws -> RunResult {
        var paths: [String] = []
        for (index, data) in messages.enumerated() {
            let path = folder.url.appendingPathComponent("received/\(index).eml")
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try TraceFields.strip(data).write(to: path)
            paths.append(path.path)
        }
        return MailWorkshops.checkPersonal(json: json, announcement: announcement, files: paths)
    }

    @Test func aMailerFailingOnTheThirdOfTenStopsAndTheRerunSendsTheOtherEight() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink(failNth: 3)
        let command = try tenMessages(folder)
        let output = folder.url.appendingPathComponent("out").path
        let first = Run.tool(command + ["-o", output, "--send", "--sendmail", sink.sendmail])
        #expect(first.status == 69 || first.status == 75, "\(first.status) \(first.stderr)")
        #expect(first.stderr.contains("announcements/to-authors/paper-synth-3.eml: error: the mailer \(sink.sendmail) did not accept message <to-authors.paper-synth-3."), "\(first.stderr)")
        #expect(first.stderr.contains("451 4.3.0 Try again later"), "the mailer's own error: \(first.stderr)")
        #expect(first.stderr.contains("2 of 10 messages sent"), "\(first.stderr)")
        #expect(MailWorkshops.logged(output).count == 2)
        #expect(sink.count == 2)
        let dry = Run.tool(command + ["-o", output, "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("announcements/") }.count == 8, "\(dry.stdout)")
        #expect(sink.count == 2)
        let second = Run.tool(command + ["-o", output, "--send", "--sendmail", sink.sendmail])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("sent 8 messages through \(sink.sendmail); 2 had been sent before"), "\(second.stderr)")
        expectEachOnce(sink, output: output, count: 10)
    }

    @Test func sigintLetsTheMessageFinishAndTheRerunSendsTheRest() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink(delay: 0.3)
        let command = try tenMessages(folder)
        let output = folder.url.appendingPathComponent("out").path
        let run = try Background(TestPaths.binary.path, command + ["-o", output, "--send", "--sendmail", sink.sendmail], folder: folder)
        try run.waitUntil { MailWorkshops.logged(output).count >= 3 }
        kill(run.process.processIdentifier, SIGINT)
        let status = run.wait()
        #expect(status == 130, "\(run.stderr)")
        #expect(run.stderr.contains("interrupted (signal 2)"), "\(run.stderr)")
        let logged = MailWorkshops.logged(output).count
        #expect(logged >= 3 && logged < 10)
        // Nothing in the mailer's hands is lost or left unlogged.
        #expect(sink.count == logged)
        let second = Run.tool(command + ["-o", output, "--send", "--sendmail", sink.sendmail])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("sent \(10 - logged) messages"), "\(second.stderr)")
        expectEachOnce(sink, output: output, count: 10)
    }

    @Test func sigkillBetweenMessagesLosesNothingAndSendsNothingTwice() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink()
        let command = try tenMessages(folder)
        let output = folder.url.appendingPathComponent("out").path
        // One message a second: the kill lands while the run waits for the next.
        let run = try Background(TestPaths.binary.path, command + ["-o", output, "--send", "--sendmail", sink.sendmail, "--rate", "60"], folder: folder)
        try run.waitUntil { MailWorkshops.logged(output).count >= 3 }
        kill(run.process.processIdentifier, SIGKILL)
        _ = run.wait()
        let logged = MailWorkshops.logged(output).count
        #expect(logged >= 3 && logged < 10)
        #expect(sink.count == logged)
        let second = Run.tool(command + ["-o", output, "--send", "--sendmail", sink.sendmail])
        #expect(second.status == 0, "\(second.stderr)")
        expectEachOnce(sink, output: output, count: 10)
    }

    @Test func anUnreachableServerIsATemporaryFailure75() throws {
        let folder = TemporaryFolder()
        let command = try tenMessages(folder)
        // msmtp says EX_TEMPFAIL when it cannot connect (nothing listens on port 1).
        let config = folder.write("msmtprc", "account default\nhost 127.0.0.1\nport 1\nfrom envelope@sender.example.org\n")
        chmod(config, 0o600)
        let wrapper = folder.write("sendmail", "#!/bin/sh\nexec /usr/bin/msmtp -C '\(config)' \"$@\"\n")
        chmod(wrapper, 0o755)
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(command + ["-o", output, "--send", "--sendmail", wrapper])
        #expect(result.status == 75, "\(result.stderr)")
        #expect(result.stderr.contains("paper-synth-1.eml: error: the mailer \(wrapper) did not accept message <to-authors.paper-synth-1.") && result.stderr.contains("(exit status 75)"), "\(result.stderr)")
        #expect(result.stderr.contains("Connection refused"), "\(result.stderr)")
        #expect(result.stderr.contains("0 of 10 messages sent"), "\(result.stderr)")
        #expect(MailWorkshops.logged(output).isEmpty)
    }

    @Test func aTerminalShowsAProgressLine() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink()
        let command = try tenMessages(folder)
        let output = folder.url.appendingPathComponent("out").path
        // util-linux's script(1) gives the run a terminal.
        let line = ([TestPaths.binary.path] + command + ["-o", output, "--send", "--sendmail", sink.sendmail]).map { "'\($0)'" }.joined(separator: " ")
        let result = Run.program("/usr/bin/script", ["-qec", line, "/dev/null"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("sending 1 of 10: announcements/to-authors/paper-synth-1.eml"), "\(result.stdout)")
        #expect(result.stdout.contains("sending 10 of 10: announcements/to-authors/paper-synth-11.eml"), "\(result.stdout)")
        #expect(sink.count == 10)
    }

    @Test func aMissingMailerIs69AndNothingIsWrittenOrSent() throws {
        let folder = TemporaryFolder()
        let command = try tenMessages(folder)
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(command + ["-o", output, "--send", "--sendmail", folder.url.appendingPathComponent("no-such-sendmail").path])
        #expect(result.status == 69, "\(result.stderr)")
        #expect(result.stderr.contains("no-such-sendmail cannot be run: no such file"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func dryRunListsRecipientsAndSubjectsAndWritesNothing() throws {
        let folder = TemporaryFolder()
        let command = try tenMessages(folder)
        let output = folder.url.appendingPathComponent("out").path
        let result = Run.tool(command + ["-o", output, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("announcements/to-authors/paper-synth-1.eml <to-authors.paper-synth-1.synth-11@synth.example.org>\n  To: a1.1@authors.synth.example.org"), "\(result.stdout)")
        #expect(result.stdout.contains("  Subject: [SYNTH] Your part in the synthetic workshop\n"))
        #expect(!result.stdout.contains("paper-synth-10.eml"))
        #expect(result.stderr.contains("dry run: 10 of 10 messages would be sent"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aBadTemplateStopsSendBeforeAnythingIsWrittenOrSent() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink()
        let command = try tenMessages(folder)
        let template = folder.write("templates/email/to-authors.txt.mustache",
                                    "{{% CONTENT_TYPE: TEXT}}\nDear {{recipient.names}},\n{{#paper}}\n{{#poster_sessions}}\n{{#items}}{{tiem}}{{/items}}\n{{/poster_sessions}}\n{{/paper}}\n")
        let output = folder.url.appendingPathComponent("out").path
        let templates = ["--templates", folder.url.appendingPathComponent("templates").path]
        let check = Run.tool(["check"] + command.dropFirst().prefix(2) + templates)
        #expect(check.status == 65, "\(check.stderr)")
        #expect(check.stderr.contains("\(template):5:11: error: unknown field 'tiem' in a template"), "\(check.stderr)")
        let send = Run.tool(command + templates + ["-o", output, "--send", "--sendmail", sink.sendmail])
        #expect(send.status == 65)
        #expect(send.stderr.contains("\(template):5:11: error: unknown field 'tiem'"), "\(send.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(sink.count == 0)
    }

    @Test func twoRunsAtOnceCannotBothSend() throws {
        let folder = TemporaryFolder()
        let sink = try SMTPSink()
        let command = try tenMessages(folder)
        let output = folder.url.appendingPathComponent("out").path
        let first = try Background(TestPaths.binary.path, command + ["-o", output, "--send", "--sendmail", sink.sendmail, "--rate", "60"], folder: folder)
        try first.waitUntil { MailWorkshops.logged(output).count >= 1 }
        let second = Run.tool(command + ["-o", output, "--send", "--sendmail", sink.sendmail])
        #expect(second.status == 75, "\(second.stderr)")
        #expect(second.stderr.contains("delivery.log: error: the delivery log is locked"), "\(second.stderr)")
        kill(first.process.processIdentifier, SIGINT)
        _ = first.wait()
        let logged = MailWorkshops.logged(output)
        #expect(sink.count == logged.count)
    }
}

/// `dlde-export` running in the background, its output in files.
final class Background {
    let process = Process()
    private let errorURL: URL

    init(_ executable: String, _ arguments: [String], folder: TemporaryFolder) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        errorURL = URL(fileURLWithPath: folder.write("background-\(UUID().uuidString).err", ""))
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Polls `condition` every 10 ms for up to 120 s.
    func waitUntil(_ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(120)
        while !condition() {
            try #require(Date() < deadline && process.isRunning, "gave up waiting; \(stderr)")
            usleep(10_000)
        }
    }

    /// The exit status (128 + N for signal N).
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    var stderr: String { (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "" }
}
