import Foundation

/// The end of a child process, waited for with a time limit (`Process`
/// has none): the converter's batch and the making of its snapshot.
/// Made before the process runs, as it sets the termination handler.
final class ProcessExit: @unchecked Sendable {
    private let process: Process
    private let ended = DispatchSemaphore(value: 0)

    init(_ process: Process) {
        self.process = process
        let ended = ended
        process.terminationHandler = { _ in ended.signal() }
    }

    /// Waits at most `seconds` for the process to end; true when it did,
    /// false when it was terminated for taking longer.
    func wait(seconds: Double) -> Bool {
        if ended.wait(timeout: .now() + seconds) == .timedOut {
            stop()
            return false
        }
        process.waitUntilExit()
        return true
    }

    /// Terminates the process and waits for it to end.
    func stop() {
        process.terminate()
        ended.wait()
        process.waitUntilExit()
    }
}
