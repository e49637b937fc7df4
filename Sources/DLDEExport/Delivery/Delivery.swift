import Foundation

/// `announce --send`: hands each message not yet in the delivery log to
/// the mailer, one at a time, in order, and logs it once accepted.
///
/// Never twice: a message is logged (and the log flushed to disk) right
/// after the mailer accepted it and before the next one starts; a rerun
/// skips everything logged. Never lost: a mailer that fails stops the run
/// (nothing after it is tried), and the next run starts at that message.
/// The one window in which a message can go out twice: the process killed
/// (SIGKILL, power loss) after the mailer accepted a message and before its
/// log line reached the disk.
public struct Delivery {
    public var mailer: SendmailProgram
    /// At most this many messages a minute; nil for no limit.
    public var ratePerMinute: Double?
    /// Called before each message is handed over: (number, count, message),
    /// counting the messages this run sends.
    public var progress: (Int, Int, OutgoingMessage) -> Void = { _, _, _ in }

    public init(mailer: SendmailProgram, ratePerMinute: Double? = nil) {
        self.mailer = mailer
        self.ratePerMinute = ratePerMinute
    }

    /// What a run did.
    public struct Summary: Sendable {
        public var sent: Int
        public var alreadySent: Int
        public var total: Int
    }

    /// The messages a run would send: those whose Message-ID is not in the
    /// log of `directory`.
    public static func pending(_ messages: [OutgoingMessage], directory: String) -> [OutgoingMessage] {
        let delivered = DeliveryLog.read(directory: directory)
        return messages.filter { !delivered.contains($0.messageID) }
    }

    /// Sends every message of `messages` that the log in `directory` does
    /// not hold. `afterLocking` runs once the log is locked, before the
    /// first message (the command writes the `.eml` files there, so a
    /// second run at the same time changes nothing). Throws a
    /// `DeliveryError` on the first failure, with the counts so far, or
    /// what `afterLocking` throws.
    public func run(_ messages: [OutgoingMessage], logDirectory directory: String, afterLocking: () throws -> Void = {},
                    now: () -> Date = Date.init) throws -> Summary {
        try mailer.checkRunnable()
        let log = try DeliveryLog(directory: directory)
        try afterLocking()
        let pending = messages.filter { !log.delivered.contains($0.messageID) }
        let alreadySent = messages.count - pending.count
        Interruption.install()
        let interval = ratePerMinute.map { 60 / $0 } ?? 0
        var lastStart: Date?
        for (index, message) in pending.enumerated() {
            if let lastStart, interval > 0 {
                wait(until: lastStart.addingTimeInterval(interval))
            }
            if let signal = Interruption.received {
                throw DeliveryError.interrupted(signal: signal, sent: alreadySent + index, total: messages.count)
            }
            progress(index + 1, pending.count, message)
            lastStart = Date()
            let outcome = try mailer.send(message.text, shouldAbandon: { Interruption.isUrgent })
            guard outcome.accepted else {
                let status = outcome.status.map { "exit status \($0)" } ?? "killed by signal \(outcome.signal ?? 0)"
                throw DeliveryError.mailerFailed(path: message.path, messageID: message.messageID, mailer: mailer.path, status: status,
                                    output: outcome.output.split(whereSeparator: \.isNewline).joined(separator: " / "), temporary: outcome.status == 75,
                                    sent: alreadySent + index, total: messages.count)
            }
            try log.record(message, at: now())
        }
        return Summary(sent: pending.count, alreadySent: alreadySent, total: messages.count)
    }

    /// Sleeps until `date`, waking early for SIGINT/SIGTERM.
    private func wait(until date: Date) {
        while Date() < date, Interruption.received == nil {
            usleep(UInt32(min(50_000, max(1_000, date.timeIntervalSinceNow * 1_000_000))))
        }
    }
}
