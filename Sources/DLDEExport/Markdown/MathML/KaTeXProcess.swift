import Foundation

/// One run of the KaTeX batch script (`KaTeXScript`) under Node.js, started
/// before its batch is known: Node.js and KaTeX load (about a tenth of a
/// second) while the input is still being read, and the batch goes to the
/// waiting process through a socket when loading is done. The answer comes
/// back through the same socket, ended by a newline, so the run goes on
/// without waiting for Node.js to exit.
///
/// A socket rather than a pipe so that writing to a process that has died
/// is an error (`MSG_NOSIGNAL`), not a SIGPIPE that ends dlde-export.
public final class KaTeXProcess: @unchecked Sendable {
    private let process = Process()
    /// The script and its error output.
    let folder: URL
    private let errors: URL
    private let exit: ProcessExit
    /// Our end of the socket whose other end is the script's standard input
    /// and output; -1 once closed.
    private var socket: Int32
    private let node: String
    private let katex: String
    /// The start-up snapshot the process runs from (`KaTeXSnapshot`), if any.
    let snapshot: String?
    private let lock = NSLock()
    private var used = false
    /// Whether the batch took longer than it may.
    private(set) var timedOut = false

    /// The environment of every converter process: nothing of the user's
    /// but where Debian keeps Node.js modules (and no `NODE_OPTIONS`).
    static let environment = ["PATH": "/usr/bin:/bin", "NODE_PATH": "/usr/share/nodejs"]

    /// Starts `node script katex`, or Node.js from `snapshot` (which holds
    /// both), its standard input waiting for the batch.
    init(node: String, katex: String, snapshot: String? = nil) throws(ExportError) {
        self.node = node
        self.katex = katex
        self.snapshot = snapshot
        exit = ProcessExit(process)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlde-export-math-\(UUID().uuidString)")
        let script = folder.appendingPathComponent("katex-batch.js")
        errors = folder.appendingPathComponent("stderr.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if snapshot == nil { try Data(KaTeXScript.source.utf8).write(to: script) }
            try Data().write(to: errors)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .outputNotWritable(path: folder.path, reason: "cannot prepare the math conversion: \(error)")
        }
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw .internalError("cannot make a socket for the math converter: errno \(errno)")
        }
        socket = ends[0]
        _ = fcntl(socket, F_SETFD, FD_CLOEXEC)
        process.executableURL = URL(fileURLWithPath: node)
        if let snapshot {
            process.arguments = KaTeXSnapshot.nodeFlags + ["--snapshot-blob", snapshot]
        } else {
            process.arguments = KaTeXSnapshot.nodeFlags + [script.path, katex]
        }
        process.environment = Self.environment
        let input = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        do {
            process.standardInput = input
            process.standardOutput = input
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
        } catch {
            close(socket)
            socket = -1
            try? FileManager.default.removeItem(at: folder)
            throw .toolMissing(name: "node", hint: "Node.js (\(node)) could not be started: \(error); \(KaTeXConverter.installHint)")
        }
        // The script holds its end now; ours would keep its input open.
        try? input.close()
    }

    /// The Node.js process's id.
    var processIdentifier: Int32 { process.processIdentifier }

    deinit {
        cancel()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Sends the batch `input`, waits at most `timeout` seconds and returns
    /// the script's answer (its standard output before the newline that
    /// ends it). A process answers one batch only; it exits on its own
    /// after answering, and nobody waits for that.
    func answer(_ input: Data, timeout: Double) throws(ExportError) -> Data {
        lock.lock()
        let first = !used
        used = true
        lock.unlock()
        guard first else { throw .internalError("a KaTeX process was asked for a second batch") }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        let reply: Reply = send(input) ? receive(until: deadline) : .ended
        if socket >= 0 { close(socket); socket = -1 }
        switch reply {
        case .answer(let data):
            return data
        case .late:
            timedOut = true
            exit.stop()
            throw .internalError("KaTeX did not convert the math within \(Int(timeout)) s")
        case .ended:
            // The script died before it answered: its status and error output say why.
            let left = Double(deadline &- min(deadline, DispatchTime.now().uptimeNanoseconds)) / 1e9
            guard exit.wait(seconds: max(left, 1)) else {
                timedOut = true
                throw .internalError("KaTeX did not convert the math within \(Int(timeout)) s")
            }
            let detail = (try? String(contentsOf: errors, encoding: .utf8)).map { String($0.prefix(2000)) } ?? ""
            throw .internalError("KaTeX (\(node) \(katex)) failed with exit status \(process.terminationStatus): \(detail)")
        }
    }

    private enum Reply {
        /// The whole answer, without its newline.
        case answer(Data)
        /// The deadline passed first.
        case late
        /// The socket closed (or failed) before the newline came.
        case ended
    }

    /// Reads the socket until the answer's newline, its end or `deadline`
    /// (uptime nanoseconds).
    private func receive(until deadline: UInt64) -> Reply {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return .late }
            var ready = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let waited = poll(&ready, 1, Int32(min((deadline - now) / 1_000_000 + 1, UInt64(Int32.max))))
            if waited < 0 && errno == EINTR { continue }
            guard waited >= 0 else { return .ended }
            if waited == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .ended }
            if let end = buffer[..<count].firstIndex(of: UInt8(ascii: "\n")) {
                received.append(contentsOf: buffer[..<end])
                return .answer(received)
            }
            received.append(contentsOf: buffer[..<count])
        }
    }

    /// Stops a process that will not be given a batch (no math after all).
    func cancel() {
        lock.lock()
        let idle = !used
        used = true
        lock.unlock()
        if socket >= 0 { close(socket); socket = -1 }
        if idle, process.isRunning { exit.stop() }
    }

    /// Writes all of `data` to the socket and ends our side of it; false
    /// when the script is gone.
    private func send(_ data: Data) -> Bool {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.send(socket, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            shutdown(socket, Int32(SHUT_WR))
            return true
        }
    }
}
