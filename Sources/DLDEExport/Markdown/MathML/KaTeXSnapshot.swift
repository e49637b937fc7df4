import Foundation

/// A V8 start-up snapshot of Node.js with KaTeX loaded and the batch script
/// ready (`node --build-snapshot`, Node.js 18.8 and later), kept in the
/// user's cache folder. A math run starts Node.js from it instead of
/// compiling and running KaTeX's module again, which is about 40 % of the
/// converter's CPU on a workshop's batch (on this project's machine: 79 ms
/// of CPU down to 45 ms, 74 ms until the answer down to 51 ms).
///
/// It is made by the first run that converts math, and again when Node.js,
/// KaTeX or the script changes: its name holds a hash of their paths, sizes,
/// modification times and inodes, and of the script's text and the flags;
/// other snapshots go a week after they were made, when a new one is.
/// Without a cache folder, or with a Node.js that cannot make snapshots (a
/// marker then says so, and no later run tries again), the converter loads
/// KaTeX as it always did. The answers are the same either way.
enum KaTeXSnapshot {
    /// The flags of every converter process. A snapshot only loads under
    /// the V8 flags it was made with, so both use these. Node's own memory
    /// limit bounds what a span can allocate.
    static let nodeFlags = ["--max-old-space-size=512"]

    /// The cache folder of `environment` (`$XDG_CACHE_HOME/dlde-export`, or
    /// `~/.cache/dlde-export`), nil when neither is set.
    static func folder(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return cache + "/dlde-export"
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return home + "/.cache/dlde-export"
        }
        return nil
    }

    /// The snapshot of `node` with `katex` loaded, made now when there is
    /// none yet; nil when there is no folder, or none can be made.
    static func blob(node: String, katex: String, in folder: String?) -> String? {
        guard let folder, let main = mainFile(of: katex), let name = name(node: node, katexMain: main) else { return nil }
        let blob = "\(folder)/\(name).blob"
        let refused = "\(folder)/\(name).refused"
        let files = FileManager.default
        if files.fileExists(atPath: blob) { return blob }
        if files.fileExists(atPath: refused) { return nil }
        guard (try? files.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return nil }
        switch make(node: node, katexMain: main, into: blob) {
        case .made:
            removeStale(in: folder, keeping: blob)
            return blob
        case .refused:
            _ = files.createFile(atPath: refused, contents: Data())
            return nil
        case .failed:
            return nil
        }
    }

    /// How long another snapshot is kept once a new one is made: one of an
    /// earlier Node.js or KaTeX is of no more use, but a user who switches
    /// between two Node.js (`DLDE_NODE`) should not make them over and over.
    static let staleAfter: TimeInterval = 7 * 24 * 3600

    /// Removes the other snapshots made more than `staleAfter` ago.
    private static func removeStale(in folder: String, keeping blob: String) {
        removeStale(in: folder, suffix: ".blob", keeping: blob)
    }

    /// Removes the files `katex-*SUFFIX` of `folder` but `kept` last
    /// changed more than `staleAfter` ago.
    static func removeStale(in folder: String, suffix: String, keeping kept: String) {
        let files = FileManager.default
        let limit = Date().addingTimeInterval(-staleAfter)
        for other in (try? files.contentsOfDirectory(atPath: folder)) ?? [] where other.hasPrefix("katex-") && other.hasSuffix(suffix) {
            let path = "\(folder)/\(other)"
            guard path != kept, let made = (try? files.attributesOfItem(atPath: path))?[.modificationDate] as? Date, made < limit else { continue }
            try? files.removeItem(atPath: path)
        }
    }

    /// Removes a snapshot that Node.js would not start from (made by another
    /// build of it): the next run makes it again.
    static func discard(_ blob: String) {
        try? FileManager.default.removeItem(atPath: blob)
    }

    private enum Outcome { case made, refused, failed }

    /// Runs `node --build-snapshot` on the script, into a file of its own
    /// renamed to `blob` when complete (runs at the same time do not meet).
    private static func make(node: String, katexMain: String, into blob: String) -> Outcome {
        let stem = "\(blob).\(getpid()).\(UUID().uuidString)"
        let script = stem + ".js"
        let partial = stem + ".partial"
        defer {
            try? FileManager.default.removeItem(atPath: script)
            try? FileManager.default.removeItem(atPath: partial)
        }
        guard FileManager.default.createFile(atPath: script, contents: Data(KaTeXScript.source.utf8)) else { return .failed }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = nodeFlags + ["--snapshot-blob", partial, "--build-snapshot", script, katexMain]
        process.environment = KaTeXProcess.environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exit = ProcessExit(process)
        do { try process.run() } catch { return .failed }
        guard exit.wait(seconds: 60) else { return .failed }
        // A Node.js without snapshots rejects the option: no later run asks again.
        guard process.terminationReason == .exit else { return .failed }
        guard process.terminationStatus == 0 else { return .refused }
        guard let size = (try? FileManager.default.attributesOfItem(atPath: partial))?[.size] as? Int, size > 0,
              rename(partial, blob) == 0 else { return .failed }
        return .made
    }

    /// The file `require(katex)` loads: `katex` itself, or the `main` of the
    /// folder's package.json.
    static func mainFile(of katex: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: katex, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return katex }
        struct Package: Decodable { var main: String? }
        guard let data = FileManager.default.contents(atPath: katex + "/package.json"),
              let package = try? JSONDecoder().decode(Package.self, from: data) else { return nil }
        let main = (katex as NSString).appendingPathComponent(package.main ?? "index.js")
        return FileManager.default.fileExists(atPath: main) ? main : nil
    }

    /// `katex-HASH`, the hash over what the snapshot is made of: what
    /// decides every answer too (`MathAnswerCache`).
    static func name(node: String, katexMain: String) -> String? {
        guard let nodeFile = identity(of: node), let katexFile = identity(of: katexMain) else { return nil }
        let key = [nodeFile, katexFile, nodeFlags.joined(separator: " "), KaTeXScript.source].joined(separator: "\u{0}")
        return "katex-" + hash(key)
    }

    /// FNV-1a, 64 bits, in hexadecimal: a name, not a secret.
    static func hash(_ key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// A file's path, size, modification time and inode (after links).
    private static func identity(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }
}
