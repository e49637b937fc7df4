import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `delivery.log` in the output folder: one line per message the mailer
/// accepted, `<Message-ID> <time UTC> <file>`, appended and flushed to disk
/// (`fsync`) before the next message is handed over. A rerun skips every
/// Message-ID it holds. The file is locked while a run sends, so two runs
/// cannot send the same messages at once.
///
/// Only complete lines count: a line cut short by a crash names no
/// Message-ID that was not accepted (the ID is written whole in one
/// `write`, and the line is only read back when it ends in a line feed).
final class DeliveryLog {
    static let fileName = "delivery.log"

    let path: String
    private let descriptor: Int32
    private(set) var delivered: Set<String>

    /// Opens (creating) and locks the log, and reads what it holds.
    init(directory: String) throws(DeliveryError) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .logUnusable(path: path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let existed = FileManager.default.fileExists(atPath: path)
        descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .logUnusable(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno == EWOULDBLOCK ? "another 'announce --send' is using it" : String(cString: strerror(errno))
            close(descriptor)
            throw .logBusy(path: path, reason: reason)
        }
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        delivered = Self.messageIDs(in: text)
        // A line cut short by a crash gets its line end, so the next entry starts a line.
        if !text.isEmpty && !text.hasSuffix("\n") { try append("\n") }
        if !existed { Self.syncDirectory(directory) }
    }

    deinit {
        close(descriptor)
    }

    /// The Message-IDs of the complete lines of `text`.
    static func messageIDs(in text: String) -> Set<String> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()  // the text after the last line feed: empty, or an unfinished line
        return Set(lines.compactMap { line in
            let first = line.prefix { $0 != " " }
            return first.hasPrefix("<") && first.hasSuffix(">") ? String(first) : nil
        })
    }

    /// The Message-IDs in the log at `directory`, without locking it (for `--dry-run`).
    static func read(directory: String) -> Set<String> {
        let path = (directory as NSString).appendingPathComponent(fileName)
        return messageIDs(in: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    }

    /// Records that the mailer accepted `message`: one line, written with
    /// one `write` and flushed to the disk before this returns.
    func record(_ message: OutgoingMessage, at date: Date) throws(DeliveryError) {
        let time = ISO8601DateFormatter().string(from: date)
        try append("\(message.messageID) \(time) \(message.path)\n")
        delivered.insert(message.messageID)
    }

    private func append(_ line: String) throws(DeliveryError) {
        let bytes = Array(line.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .logUnusable(path: path, reason: String(cString: strerror(errno)))
            }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw .logUnusable(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Makes the new log's name itself durable.
    private static func syncDirectory(_ directory: String) {
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }
}
