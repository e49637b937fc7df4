import Foundation

/// Writes a set of files into a folder so that either all of them replace
/// their old versions or the folder is left exactly as it was.
///
/// Files are first staged: written to a temporary file beside their target,
/// from any thread, as soon as they are made (so a writer's text need not be
/// kept until every writer is done). `commit` then moves each old file aside
/// and renames the new one into place; if any step fails, or the work is
/// `discard`ed, the new files are removed and the old ones moved back.
///
/// A file whose target already holds exactly its bytes is left alone (not
/// staged, not renamed: its modification time stays), so a rerun on
/// unchanged input rewrites nothing, and publishing by rsync or a site
/// upload sees only what changed. A streamed file is compared as it is
/// made (`StreamedStaging`) and written only when it differs; a file that is
/// a copy of one staged before it in the same call (`OutputFile.copyOf`) is
/// compared with and copied from that one's bytes, not made again.
public final class AtomicWriter: @unchecked Sendable {
    /// A file written to its temporary name, waiting for `commit`.
    public struct Staged: Sendable {
        /// The path relative to the output folder, as the writer gave it.
        public var path: String
        /// Nil when the target already holds the file's bytes.
        var temporary: String?
        var target: String
    }

    private let directory: String
    private let lock = NSLock()
    /// Folders this writer created (innermost last), removed on failure.
    private var createdDirectories: [String] = []
    /// Everything staged so far, removed on failure.
    private var temporaries: [String] = []
    /// The targets staged so far: two jobs may not write the same file.
    private var targets: Set<String> = []
    /// Folders found or made by `createFolder`: each is looked at once.
    private var knownFolders: Set<String> = []

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes `files` to temporary files beside their targets; replaces
    /// nothing. Safe to call from several threads at once.
    public func stage(_ files: [OutputFile]) throws(ExportError) -> [Staged] {
        var staged: [Staged] = []
        let base = OutputPath.Base(directory)
        // Once, not per file (a system call; the site has 20,000 files).
        let pid = getpid()
        for file in files {
            let place = base.path(file.path)
            let target = place.target
            let folder = place.folder
            lock.lock()
            let prepared = Result { () throws(ExportError) in try createFolder(folder) }
            lock.unlock()
            try prepared.get()
            var status = stat()
            if stat(target, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
                throw .outputNotWritable(path: target, reason: "a folder is in the way")
            }
            let name = StaleTemporaries.Name(target: place.name, pid: pid, isBackup: false)
            let temporary = OutputPath.join(folder, name.fileName)
            lock.lock()
            let isNew = targets.insert(Self.normalized(target)).inserted
            if isNew { temporaries.append(temporary) }
            lock.unlock()
            guard isNew else {
                throw .internalError("two writers made \(file.path): one output file would overwrite the other")
            }
            if let original = file.copyOf.flatMap({ path in staged.last { $0.path == path } }) {
                // The same bytes as a file staged just before: copied from it.
                let source = original.temporary ?? original.target
                if FileBytes.equal(source, target) {
                    staged.append(Staged(path: file.path, temporary: nil, target: target))
                } else if FileBytes.copy(source, to: temporary) {
                    staged.append(Staged(path: file.path, temporary: temporary, target: target))
                } else {
                    throw .outputNotWritable(path: target, reason: "cannot create a file in \(folder)")
                }
                continue
            }
            if file.isStreamed {
                // Compared with the file in place as it is made; written only when it differs.
                let staging = StreamedStaging(targetPath: target, temporaryPath: temporary)
                let produced = try file.produce(into: staging.take)
                let outcome = produced ? staging.finish() : .failed
                guard outcome != .failed else {
                    throw .outputNotWritable(path: target, reason: "cannot create a file in \(folder)")
                }
                staged.append(Staged(path: file.path, temporary: outcome == .same ? nil : temporary, target: target))
                continue
            }
            if file.isAlreadyAt(target) {
                staged.append(Staged(path: file.path, temporary: nil, target: target))
                continue
            }
            guard try file.write(toPath: temporary) else {
                throw .outputNotWritable(path: target, reason: "cannot create a file in \(folder)")
            }
            staged.append(Staged(path: file.path, temporary: temporary, target: target))
        }
        return staged
    }

    /// Puts every staged file in place, in the order given: all of them, or
    /// (on failure) none, with the old files back and the temporaries gone.
    public func commit(_ staged: [Staged]) throws(ExportError) {
        /// Targets replaced so far, with where their old version waits.
        var replaced: [(target: String, backup: String?)] = []
        do throws(ExportError) {
            for item in staged {
                guard let temporary = item.temporary else { continue }
                var backup: String?
                if FileManager.default.fileExists(atPath: item.target) {
                    // The backup's name is the temporary's + `.old` (StaleTemporaries.Name).
                    let aside = temporary + ".old"
                    guard rename(item.target, aside) == 0 else {
                        throw ExportError.outputNotWritable(path: item.target, reason: String(cString: strerror(errno)))
                    }
                    backup = aside
                }
                guard rename(temporary, item.target) == 0 else {
                    let reason = String(cString: strerror(errno))
                    if let backup { _ = rename(backup, item.target) }
                    throw ExportError.outputNotWritable(path: item.target, reason: reason)
                }
                replaced.append((item.target, backup))
            }
        } catch {
            for item in replaced.reversed() {
                _ = unlink(item.target)
                if let backup = item.backup { _ = rename(backup, item.target) }
            }
            discard()
            throw error
        }
        for item in replaced {
            if let backup = item.backup { _ = unlink(backup) }
        }
    }

    /// Removes every staged temporary and every folder this writer created:
    /// the output folder is as it was before.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        for temporary in temporaries { _ = unlink(temporary) }
        for created in createdDirectories.reversed() { try? FileManager.default.removeItem(atPath: created) }
        temporaries = []
        createdDirectories = []
        knownFolders = []
    }

    /// `path` without `.` components, repeated or trailing slashes, and
    /// with each `..` applied to the component before it: two spellings of
    /// one target compare equal. (Lexical only, unlike Foundation's
    /// `standardizingPath`, which asks the file system and was a tenth of
    /// the site's staging time at 10,000 papers.)
    static func normalized(_ path: String) -> String {
        // A writer's path joined to the folder has nothing to normalise, as a rule.
        let plain = !path.hasSuffix("/") && !path.hasSuffix("/.") && !path.hasSuffix("/..") && !path.hasPrefix("./")
            && !path.hasPrefix("../") && path != "." && path != ".."
            && !path.containsBytes("//") && !path.containsBytes("/./") && !path.containsBytes("/../")
        if plain && !path.isEmpty { return path }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if let last = parts.last, last != ".." { parts.removeLast() } else if !path.hasPrefix("/") { parts.append(part) }
            default: parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    /// Creates `folder` and its missing parents, recording what it created.
    /// Called with the lock held.
    private func createFolder(_ folder: String) throws(ExportError) {
        if folder.isEmpty || folder == "/" || folder == "." || knownFolders.contains(folder) { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .outputNotWritable(path: folder, reason: "it is a file, not a folder")
            }
            knownFolders.insert(folder)
            return
        }
        try createFolder(OutputPath.parent(of: folder))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        } catch {
            throw .outputNotWritable(path: folder, reason: "cannot create the folder")
        }
        createdDirectories.append(folder)
        knownFolders.insert(folder)
    }
}
