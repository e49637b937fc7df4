import Foundation

/// Runs an action once, when `countDown()` has been called as many times
/// as it was told (from any threads); never when told zero.
final class Countdown: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int
    private let action: @Sendable () -> Void

    init(_ count: Int, then action: @escaping @Sendable () -> Void) {
        remaining = count
        self.action = action
    }

    func countDown() {
        lock.lock()
        remaining -= 1
        let done = remaining == 0
        lock.unlock()
        if done { action() }
    }
}
