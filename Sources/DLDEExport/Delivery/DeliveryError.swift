/// Why `announce --send` stopped. Exit statuses follow sysexits.h, as
/// sendmail programs do: 75 (EX_TEMPFAIL) when trying again later may
/// work, 69 (EX_UNAVAILABLE) when the mailer refused or is missing, 73 for
/// a log that cannot be written, 128 + N for signal N.
public enum DeliveryError: Error, Sendable, CustomStringConvertible {
    /// The mailer program does not exist or cannot be run.
    case mailerMissing(path: String, reason: String)
    /// The mailer did not accept `path` (`Message-ID`); `sent` of `total`
    /// messages went out in this run and earlier ones.
    case mailerFailed(path: String, messageID: String, mailer: String, status: String, output: String, temporary: Bool, sent: Int, total: Int)
    case logUnusable(path: String, reason: String)
    case logBusy(path: String, reason: String)
    /// SIGINT or SIGTERM: the message being sent was finished and logged.
    case interrupted(signal: Int32, sent: Int, total: Int)

    public var exitCode: Int32 {
        switch self {
        case .mailerMissing: return 69
        case .mailerFailed(_, _, _, _, _, let temporary, _, _): return temporary ? 75 : 69
        case .logUnusable: return 73
        case .logBusy: return 75
        case .interrupted(let signal, _, _): return 128 + signal
        }
    }

    public var description: String {
        switch self {
        case .mailerMissing(let path, let reason):
            return "error: the mailer \(path) cannot be run: \(reason); install a sendmail program (e.g. Debian's msmtp-mta) or give one with --sendmail PATH; nothing was sent"
        case .mailerFailed(let path, let messageID, let mailer, let status, let output, _, let sent, let total):
            let said = output.isEmpty ? "" : ": \(output)"
            return "\(path): error: the mailer \(mailer) did not accept message \(messageID) (\(status))\(said); "
                + "\(sent) of \(total) message\(total == 1 ? "" : "s") sent; run the command again to send the other \(total - sent)"
        case .logUnusable(let path, let reason):
            return "\(path): error: cannot write the delivery log: \(reason); stopped"
        case .logBusy(let path, let reason):
            return "\(path): error: the delivery log is locked (\(reason)); nothing was sent"
        case .interrupted(let signal, let sent, let total):
            return "interrupted (signal \(signal)): \(sent) of \(total) message\(total == 1 ? "" : "s") sent; run the command again to send the other \(total - sent)"
        }
    }
}
