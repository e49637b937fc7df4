#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM while messages are sent: the first lets the message
/// in the mailer's hands finish (and be logged) and stops before the next;
/// a second one also stops the mailer. SIGPIPE is ignored, so a mailer that
/// exits early is judged by its exit status.
enum Interruption {
    nonisolated(unsafe) private static var signalNumber: Int32 = 0
    nonisolated(unsafe) private static var count: Int32 = 0

    /// The first signal received, or nil.
    static var received: Int32? { signalNumber == 0 ? nil : signalNumber }
    /// True after a second signal.
    static var isUrgent: Bool { count >= 2 }

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            if Interruption.signalNumber == 0 { Interruption.signalNumber = signal }
            Interruption.count += 1
        }
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
        signal(SIGPIPE, SIG_IGN)
        // A parent may have left them blocked (Foundation's Process passes its mask on).
        var wanted = sigset_t()
        sigemptyset(&wanted)
        sigaddset(&wanted, SIGINT)
        sigaddset(&wanted, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
    }
}
