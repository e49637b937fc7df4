import Foundation

/// Writes a set of files into a folder so that either all of them replace
/// their old versions or the folder is left exactly as it was: every file is
/// first written to a temporary file beside its target; then each old file is
/// moved aside and the new one renamed into place; if any step fails, the
/// new files are removed and the old ones moved back.
public enum AtomicWriter {
    public static func write(_ files: [OutputFile], to directory: String) throws(ExportError) {
        let fileManager = FileManager.default
        var createdDirectories: [String] = []
        var staged: [(temporary: String, target: String)] = []
        /// Targets replaced so far, with where their old version waits.
        var replaced: [(target: String, backup: String?)] = []
        func rollBack() {
            for item in replaced.reversed() {
                _ = unlink(item.target)
                if let backup = item.backup { _ = rename(backup, item.target) }
            }
            for item in staged { try? fileManager.removeItem(atPath: item.temporary) }
            for created in createdDirectories.reversed() { try? fileManager.removeItem(atPath: created) }
        }
        do {
            for file in files {
                let target = (directory as NSString).appendingPathComponent(file.path)
                let folder = (target as NSString).deletingLastPathComponent
                try createFolder(folder, recording: &createdDirectories)
                var isDirectory: ObjCBool = false
                if fileManager.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw ExportError.outputNotWritable(path: target, reason: "a folder is in the way")
                }
                let temporary = (folder as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(getpid()).tmp")
                guard fileManager.createFile(atPath: temporary, contents: file.contents) else {
                    throw ExportError.outputNotWritable(path: target, reason: "cannot create a file in \(folder)")
                }
                staged.append((temporary, target))
            }
            for item in staged {
                var backup: String?
                if fileManager.fileExists(atPath: item.target) {
                    let aside = item.temporary + ".old"
                    guard rename(item.target, aside) == 0 else {
                        throw ExportError.outputNotWritable(path: item.target, reason: String(cString: strerror(errno)))
                    }
                    backup = aside
                }
                guard rename(item.temporary, item.target) == 0 else {
                    let reason = String(cString: strerror(errno))
                    if let backup { _ = rename(backup, item.target) }
                    throw ExportError.outputNotWritable(path: item.target, reason: reason)
                }
                replaced.append((item.target, backup))
            }
        } catch let error as ExportError {
            rollBack()
            throw error
        } catch {
            rollBack()
            throw ExportError.outputNotWritable(path: directory, reason: "\(error)")
        }
        for item in replaced {
            if let backup = item.backup { _ = unlink(backup) }
        }
    }

    private static func createFolder(_ folder: String, recording created: inout [String]) throws {
        if folder.isEmpty || folder == "/" || folder == "." { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ExportError.outputNotWritable(path: folder, reason: "it is a file, not a folder")
            }
            return
        }
        try createFolder((folder as NSString).deletingLastPathComponent, recording: &created)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        } catch {
            throw ExportError.outputNotWritable(path: folder, reason: "cannot create the folder")
        }
        created.append(folder)
    }
}
