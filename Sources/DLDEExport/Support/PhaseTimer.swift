import Foundation

/// Prints how long each phase takes to standard error when the environment
/// has `DLDE_TIMING=1` (for `make bench` and profiling; off otherwise), with
/// when it began (milliseconds since the first phase of the run began),
/// the process's resident memory (now and its peak so far) and the bytes
/// live on malloc's heap when the phase ends.
enum PhaseTimer {
    static let enabled = ProcessInfo.processInfo.environment["DLDE_TIMING"] == "1"
    /// When the first phase began: what `from` counts from.
    private static let origin = DispatchTime.now().uptimeNanoseconds

    static func measure<T, E: Error>(_ phase: String, _ body: () throws(E) -> T) throws(E) -> T {
        guard enabled else { return try body() }
        let origin = Self.origin
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let peakMiB = Double(usage.ru_maxrss) / 1024
            FileHandle.standardError.write(Data(String(format: "timing: %@ %8.1f ms  from %6.1f  now %6.0f MiB  peak %6.0f MiB  heap %6.0f MiB\n", phase.padding(toLength: 24, withPad: " ", startingAt: 0) as NSString, milliseconds, Double(start - origin) / 1_000_000, residentMiB(), peakMiB, Double(Malloc.heapInUse) / 1_048_576).utf8))
        }
        return try body()
    }

    /// The resident set now (`/proc/self/statm`), 0 where there is none.
    private static func residentMiB() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
