import Foundation

/// Writes a set of files into a folder so that either all of them replace
/// their old versions or the folder is left exactly as it was: every file is
/// first written to a temporary file beside its target, and only when all
/// are written are they renamed into place.
public enum AtomicWriter {
    public static func write(_ files: [OutputFile], to directory: String) throws(ExportError) {
        let fileManager = FileManager.default
        var createdDirectories: [String] = []
        var staged: [(temporary: String, target: String)] = []
        func rollBack() {
            for item in staged { try? fileManager.removeItem(atPath: item.temporary) }
            for created in createdDirectories.reversed() { try? fileManager.removeItem(atPath: created) }
        }
        do {
            for file in files {
                let target = (directory as NSString).appendingPathComponent(file.path)
                let folder = (target as NSString).deletingLastPathComponent
                try createFolder(folder, recording: &createdDirectories)
                let temporary = (folder as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(getpid()).tmp")
                guard fileManager.createFile(atPath: temporary, contents: file.contents) else {
                    throw ExportError.outputNotWritable(path: target, reason: "cannot create a file in \(folder)")
                }
                staged.append((temporary, target))
            }
            for item in staged {
                if rename(item.temporary, item.target) != 0 {
                    let reason = String(cString: strerror(errno))
                    throw ExportError.outputNotWritable(path: item.target, reason: reason)
                }
            }
        } catch let error as ExportError {
            rollBack()
            throw error
        } catch {
            rollBack()
            throw ExportError.outputNotWritable(path: directory, reason: "\(error)")
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
