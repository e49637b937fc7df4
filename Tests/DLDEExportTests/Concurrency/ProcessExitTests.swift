@testable import DLDEExport
import Foundation
import Testing

/// Waiting for a child process with a limit (`ProcessExit`): one that ends
/// in time is waited for, one that takes longer is terminated and gone.
@Suite("Processes: waiting with a limit")
struct ProcessExitTests {
    static func started(_ program: String, _ arguments: [String]) throws -> (Process, ProcessExit) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let exit = ProcessExit(process)
        try process.run()
        return (process, exit)
    }

    /// A child that takes 30 s. It unblocks SIGTERM first, as Node.js does
    /// at start: children of the test runner may inherit a mask blocking it.
    static let slow = ["-c", "import signal, time; signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM]); time.sleep(30)"]

    @Test func aProcessThatEndsInTimeIsWaitedFor() throws {
        let (process, exit) = try Self.started("/bin/sh", ["-c", "exit 3"])
        #expect(exit.wait(seconds: 30))
        #expect(process.terminationStatus == 3)
    }

    @Test func aProcessThatTakesLongerIsTerminated() throws {
        let (process, exit) = try Self.started("/usr/bin/python3", Self.slow)
        let start = Date()
        #expect(!exit.wait(seconds: 0.2))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(!process.isRunning)
        #expect(process.terminationReason == .uncaughtSignal)
    }

    @Test func stoppingEndsAProcess() throws {
        let (process, exit) = try Self.started("/usr/bin/python3", Self.slow)
        exit.stop()
        #expect(!process.isRunning)
        #expect(kill(process.processIdentifier, 0) == -1 && errno == ESRCH, "the process is gone")
    }
}
