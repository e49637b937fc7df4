import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system's `sendmail` interface: `PATH -t -oi` reads one message on
/// standard input, takes the recipients from its `To:`/`Cc:`/`Bcc:` (`-t`)
/// and does not stop at a line holding a single dot (`-oi`). Exit status 0
/// means the mailer accepted the message (queued it or relayed it). msmtp,
/// Postfix, Exim and OpenSMTPD all provide this program.
///
/// The mailer runs in a process group of its own, so a Ctrl-C on the
/// terminal reaches only `dlde-export`, which lets the message being sent
/// finish (see `Interruption`).
public struct SendmailProgram: Sendable {
    public static let defaultPath = "/usr/sbin/sendmail"
    public static let arguments = ["-t", "-oi"]

    public var path: String

    public init(path: String = SendmailProgram.defaultPath) {
        self.path = path
    }

    /// Throws `.mailerMissing` unless `path` is an executable file.
    public func checkRunnable() throws(DeliveryError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .mailerMissing(path: path, reason: "no such file")
        }
        guard access(path, X_OK) == 0 else { throw .mailerMissing(path: path, reason: "not executable") }
    }

    /// What became of one message.
    public struct Outcome: Sendable {
        /// The exit status, or nil when a signal ended the mailer.
        public var status: Int32?
        public var signal: Int32?
        /// What the mailer printed (standard output and error), trimmed.
        public var output: String
        public var accepted: Bool { status == 0 }
    }

    /// Runs the mailer with `message` (CRLF line ends, as written to the
    /// `.eml`) on standard input, given with LF line ends, the Unix text
    /// the sendmail interface reads (each mailer puts CRLF back for SMTP).
    /// `shouldAbandon` is asked while the mailer runs; when it says yes (a
    /// second Ctrl-C) the mailer's process group gets SIGTERM.
    public func send(_ message: String, shouldAbandon: () -> Bool = { false }) throws(DeliveryError) -> Outcome {
        let input = Array(message.replacingOccurrences(of: "\r\n", with: "\n").utf8)
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw .mailerMissing(path: path, reason: "pipe: \(String(cString: strerror(errno)))") }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var template = Array("/tmp/dlde-mailer-XXXXXX".utf8CString)
        let outputFile = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard outputFile >= 0 else {
            close(pipeEnds[0]); close(pipeEnds[1])
            throw .mailerMissing(path: path, reason: "temporary file: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(outputFile, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        defer { close(outputFile) }

        let pid: pid_t
        do {
            pid = try spawn(stdin: pipeEnds[0], output: outputFile)
        } catch {
            close(pipeEnds[0]); close(pipeEnds[1])
            throw error
        }
        close(pipeEnds[0])
        writeAll(input, to: pipeEnds[1])
        close(pipeEnds[1])

        var status: Int32 = 0
        var abandoned = false
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { break }
            if !abandoned && shouldAbandon() {
                kill(-pid, SIGTERM)
                abandoned = true
            }
            usleep(10_000)
        }
        let output = Self.readAll(outputFile).trimmingCharacters(in: .whitespacesAndNewlines)
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        if status & 0x7F == 0 {
            return Outcome(status: (status >> 8) & 0xFF, signal: nil, output: output)
        }
        return Outcome(status: nil, signal: status & 0x7F, output: output)
    }

    private func spawn(stdin: Int32, output: Int32) throws(DeliveryError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([path] + Self.arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard result == 0 else { throw .mailerMissing(path: path, reason: String(cString: strerror(result))) }
        return pid
    }

    /// Writes `bytes`; a mailer that exits without reading them all
    /// (EPIPE; SIGPIPE is ignored while sending) is judged by its status.
    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                return
            }
            written += result
        }
    }

    private static func readAll(_ descriptor: Int32) -> String {
        lseek(descriptor, 0, SEEK_SET)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: data.prefix(4000), as: UTF8.self)
    }
}
