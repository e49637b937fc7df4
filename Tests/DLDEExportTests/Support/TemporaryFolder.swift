import Foundation

/// A fresh folder under the system's temporary folder, removed on deinit.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dlde-export-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    var path: String { url.path }

    /// Writes `text` to `name` (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, data: Data(text.utf8))
    }

    /// Writes `data` to `name` (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, data: Data) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: file)
        return file.path
    }

    func read(_ name: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    /// Every file below the folder with its bytes: a snapshot to compare.
    func snapshot(_ name: String) -> [String: Data] {
        let base = url.appendingPathComponent(name)
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return result }
        for case let relative as String in enumerator {
            let full = base.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory)
            result[relative] = isDirectory.boolValue ? Data() : (try? Data(contentsOf: full)) ?? Data()
        }
        return result
    }
}
