import Foundation

/// A file's place under the output folder, split as staging needs it: the
/// full path, its folder and its name. The same strings as NSString's
/// `appendingPathComponent`, `deletingLastPathComponent` and
/// `lastPathComponent` give, without their cost for each of 20,000 files: a
/// writer's relative path without a leading, trailing or doubled slash (all
/// of them) is joined by bytes; any other goes through NSString.
struct OutputPath {
    let target: String
    let folder: String
    let name: String

    /// `directory` with its slashes as NSString leaves them (made once per
    /// output folder).
    struct Base {
        let directory: String
        /// `directory` as NSString would join it: nil when NSString must do it.
        private let prefix: String?

        init(_ directory: String) {
            self.directory = directory
            let probe = (directory as NSString).appendingPathComponent("x")
            if probe.contains("//") {
                // NSString keeps the two slashes in the path and drops one in
                // its folder: only it gives both as before.
                prefix = nil
            } else if probe == "x" {
                prefix = ""
            } else if probe.hasSuffix("/x") {
                prefix = String(probe.dropLast())
            } else {
                prefix = nil
            }
        }

        /// The path of `relative` under the directory.
        func path(_ relative: String) -> OutputPath {
            guard let prefix, Self.isClean(relative) else { return OutputPath(slow: directory, relative) }
            let target = prefix + relative
            var slash: String.Index?
            var index = target.utf8.endIndex
            while index > target.utf8.startIndex {
                index = target.utf8.index(before: index)
                if target.utf8[index] == UInt8(ascii: "/") {
                    slash = index
                    break
                }
            }
            guard let slash else { return OutputPath(target: target, folder: "", name: target) }
            let folder = slash == target.startIndex ? "/" : String(target[..<slash])
            return OutputPath(target: target, folder: folder, name: String(target[target.utf8.index(after: slash)...]))
        }

        /// Not empty, no slash first or last, no two slashes together.
        private static func isClean(_ relative: String) -> Bool {
            var previous: UInt8 = UInt8(ascii: "/")
            for byte in relative.utf8 {
                if byte == UInt8(ascii: "/") && previous == UInt8(ascii: "/") { return false }
                previous = byte
            }
            return !relative.isEmpty && previous != UInt8(ascii: "/")
        }
    }

    /// The folder holding `path`, as NSString's `deletingLastPathComponent`
    /// gives it for the paths staging makes (no two slashes together):
    /// "" for a name alone, "/" for a name at the root. NSString's own
    /// traps on Linux for a one-character name ("a", "é"): an output
    /// folder called `a` crashed `all` before this.
    static func parent(of path: String) -> String {
        var path = Substring(path)
        while path.utf8.count > 1, path.utf8.last == UInt8(ascii: "/") { path = path.dropLast() }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A file `name` (no slash) in `folder`, as NSString joins them.
    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder == "/" ? "/" + name : folder.hasSuffix("/") ? (folder as NSString).appendingPathComponent(name) : folder + "/" + name
    }

    private init(target: String, folder: String, name: String) {
        self.target = target
        self.folder = folder
        self.name = name
    }

    private init(slow directory: String, _ relative: String) {
        target = (directory as NSString).appendingPathComponent(relative)
        folder = (target as NSString).deletingLastPathComponent
        name = (target as NSString).lastPathComponent
    }
}
