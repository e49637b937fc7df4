import Foundation

/// Prints how long each phase takes to standard error when the environment
/// has `DLDE_TIMING=1` (for `make bench` and profiling; off otherwise).
enum PhaseTimer {
    static let enabled = ProcessInfo.processInfo.environment["DLDE_TIMING"] == "1"

    static func measure<T, E: Error>(_ phase: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            FileHandle.standardError.write(Data(String(format: "timing: %@ %.1f ms\n", phase.padding(toLength: 24, withPad: " ", startingAt: 0) as NSString, milliseconds).utf8))
        }
        return try body()
    }
}
