import Foundation

/// Finds and clears what a killed run left in an output folder.
///
/// `AtomicWriter` stages each file as `.<name>.<pid>.tmp` beside its target
/// and, while committing, moves the old file aside as
/// `.<name>.<pid>.tmp.old`. A run that is killed (SIGKILL, a crash, power
/// loss) cannot remove them. The next run removes those whose process no
/// longer exists, and only those: a run still going (its pid alive) keeps
/// its files. An old file moved aside whose target is missing (the kill fell
/// between the two renames of a commit) is moved back rather than removed.
enum StaleTemporaries {
    /// How deep below the output folder to look: the writers' files are at
    /// most a few folders down (`announcements/`, `site/papers/`).
    static let maximumDepth = 4

    /// A staged file's parts, from its name.
    struct Name: Equatable {
        /// The target's file name.
        var target: String
        var pid: pid_t
        /// True for an old file moved aside during a commit.
        var isBackup: Bool

        init(target: String, pid: pid_t, isBackup: Bool) {
            self.target = target
            self.pid = pid
            self.isBackup = isBackup
        }

        /// `.<target>.<pid>.tmp`, or `.<target>.<pid>.tmp.old` for a backup:
        /// the names `AtomicWriter` gives its files.
        var fileName: String { ".\(target).\(pid).tmp" + (isBackup ? ".old" : "") }

        /// The parts of `fileName`, or nil for a name not made by `fileName`.
        init?(_ fileName: String) {
            guard fileName.hasPrefix(".") else { return nil }
            var rest = fileName.dropFirst()
            if rest.hasSuffix(".tmp.old") {
                isBackup = true
                rest = rest.dropLast(".tmp.old".count)
            } else if rest.hasSuffix(".tmp") {
                isBackup = false
                rest = rest.dropLast(".tmp".count)
            } else {
                return nil
            }
            guard let dot = rest.lastIndex(of: "."), dot != rest.startIndex else { return nil }
            let digits = rest[rest.index(after: dot)...]
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let pid = pid_t(digits), pid > 0 else { return nil }
            self.target = String(rest[..<dot])
            self.pid = pid
        }
    }

    /// Clears the stale temporaries in `directory` and its subfolders
    /// (not hidden ones, not through symbolic links).
    /// - Returns: the paths removed or restored, for tests and timing.
    @discardableResult
    static func clear(in directory: String) -> [String] {
        var handled: [String] = []
        clear(in: directory, depth: 0, handled: &handled)
        return handled
    }

    private static func clear(in directory: String, depth: Int, handled: inout [String]) {
        // Only a hidden regular file can be a staged one, and only a visible
        // folder is entered: the file type from the folder's listing
        // (`d_type`) rules out the rest without a `stat` of every page of a
        // site (`lstat` only where the file system gives no type).
        guard let stream = opendir(directory) else { return }
        var candidates: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(stream) {
            var type = Int32(entry.pointee.d_type)
            let hidden = entry.pointee.d_name.0 == CChar(UInt8(ascii: "."))
            if type == Int32(DT_REG) && !hidden { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name == "." || name == ".." { continue }
            if type == Int32(DT_UNKNOWN) {
                var status = stat()
                guard lstat((directory as NSString).appendingPathComponent(name), &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFREG: type = Int32(DT_REG)
                default: continue
                }
            }
            if type == Int32(DT_DIR), !hidden {
                candidates.append((name, true))
            } else if type == Int32(DT_REG), hidden {
                candidates.append((name, false))
            }
        }
        closedir(stream)
        for (entry, isFolder) in candidates.sorted(by: { $0.name < $1.name }) {
            let path = (directory as NSString).appendingPathComponent(entry)
            if isFolder {
                if depth < maximumDepth { clear(in: path, depth: depth + 1, handled: &handled) }
                continue
            }
            guard let name = Name(entry), !isRunning(name.pid) else { continue }
            var status = stat()
            let target = (directory as NSString).appendingPathComponent(name.target)
            if name.isBackup, lstat(target, &status) != 0, errno == ENOENT {
                if rename(path, target) == 0 { handled.append(path) }
            } else if unlink(path) == 0 {
                handled.append(path)
            }
        }
    }

    /// Whether a process with this id exists (ours always does). A process
    /// we may not signal (EPERM) exists too.
    static func isRunning(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
