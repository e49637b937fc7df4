import Foundation

/// The result of running a program.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data
}

/// Runs programs for the tests: the `dlde-export` binary and real consumers.
enum Run {
    /// Runs `dlde-export` with `arguments` in `directory`.
    static func tool(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) -> RunResult {
        program(TestPaths.binary.path, arguments, in: directory, environment: environment)
    }

    /// Runs `executable` (a path, or a name looked up on PATH).
    static func program(_ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], stdin: Data? = nil) -> RunResult {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Output goes to files, so a chatty program can never block on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dlde-run-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        FileManager.default.createFile(atPath: inURL.path, contents: stdin ?? Data())
        guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL),
              let input = try? FileHandle(forReadingFrom: inURL) else {
            return RunResult(status: 127, stdout: "", stderr: "cannot set up \(executable)", stdoutData: Data())
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        do { try process.run() } catch {
            return RunResult(status: 127, stdout: "", stderr: "cannot run \(executable): \(error)", stdoutData: Data())
        }
        process.waitUntilExit()
        try? out.close(); try? err.close(); try? input.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            stdoutData: outData
        )
    }

    /// True when `name` is on PATH.
    static func available(_ name: String) -> Bool {
        program("/bin/sh", ["-c", "command -v \(name)"]).status == 0
    }
}
