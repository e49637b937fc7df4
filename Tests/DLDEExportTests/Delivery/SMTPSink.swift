import Foundation
import Testing

/// A real SMTP server on 127.0.0.1 (`tests/smtp_sink.py`, aiosmtpd) and a
/// real sendmail program in front of it: Debian's msmtp with a config file
/// of the test's own, run through a two-line wrapper given to `--sendmail`.
final class SMTPSink {
    let folder: TemporaryFolder
    let process = Process()
    private(set) var port = 0
    /// The wrapper script: `msmtp -C <config> "$@"`.
    var sendmail: String { folder.url.appendingPathComponent("sendmail").path }

    /// Starts the server; `failNth` answers that DATA command with a 451,
    /// `delay` holds every DATA reply.
    init(failNth: Int? = nil, delay: Double? = nil) throws {
        folder = TemporaryFolder()
        try #require(FileManager.default.isExecutableFile(atPath: TestPaths.python.path), "the tests' Python (.venv) is missing: run make deps-test")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/msmtp"), "msmtp is missing: run make deps-test")
        process.executableURL = TestPaths.python
        var arguments = [TestPaths.root.appendingPathComponent("tests/smtp_sink.py").path, folder.path]
        if let failNth { arguments += ["--fail-nth", String(failNth)] }
        if let delay { arguments += ["--delay", String(delay)] }
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: folder.write("sink.log", ""))
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = folder.read("port"), let number = Int(text) { port = number; break }
            try #require(process.isRunning, "the SMTP sink stopped: \(folder.read("sink.log") ?? "")")
            usleep(50_000)
        }
        try #require(port > 0, "the SMTP sink did not start")
        let config = folder.write("msmtprc", """
            defaults
            auth off
            tls off
            timeout 30
            account default
            host 127.0.0.1
            port \(port)
            from envelope@sender.example.org

            """)
        chmod(config, 0o600)
        let wrapper = folder.write("sendmail", "#!/bin/sh\nexec /usr/bin/msmtp -C '\(config)' \"$@\"\n")
        chmod(wrapper, 0o755)
    }

    deinit {
        // SIGKILL: a child of the test runner may inherit a mask blocking SIGTERM.
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// The messages the server accepted, in order: raw bytes and envelope recipients.
    func messages() -> [(data: Data, recipients: [String])] {
        let folder = self.folder.url.appendingPathComponent("messages")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        return names.compactMap { name in
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                  let envelope = try? Data(contentsOf: folder.appendingPathComponent(name.replacingOccurrences(of: ".eml", with: ".json"))),
                  let object = try? JSONSerialization.jsonObject(with: envelope) as? [String: Any] else { return nil }
            return (data, object["rcpt_tos"] as? [String] ?? [])
        }
    }

    var count: Int { messages().count }
}

/// Mail as a server stored it, less its trace fields (`Received:`,
/// `Return-Path:`), which a relay puts on top of the header.
enum TraceFields {
    static func strip(_ data: Data) -> Data {
        var rest = data[...]
        while let line = rest.range(of: Data("\r\n".utf8)).map({ rest[rest.startIndex..<$0.upperBound] }),
              let text = String(data: line, encoding: .utf8),
              text.lowercased().hasPrefix("received:") || text.lowercased().hasPrefix("return-path:") {
            rest = rest[line.endIndex...]
            // Folded continuation lines of the same field.
            while rest.first == 0x20 || rest.first == 0x09, let end = rest.range(of: Data("\r\n".utf8)) {
                rest = rest[end.upperBound...]
            }
        }
        return Data(rest)
    }

    /// The Message-ID of a stored message.
    static func messageID(_ data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        guard let line = text.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("Message-ID: ") }) else { return nil }
        return String(line.dropFirst("Message-ID: ".count))
    }
}
