/// The path of an image as written in workshop.yaml, checked and normalised
/// before the file system is asked about it.
enum ImagePath {
    /// Why `written` cannot name a file inside the workshop folder.
    enum Problem: Error, Equatable {
        /// `https://…`: the old form of `logo`.
        case webURL
        /// `data:…`, `javascript:…`, `file://…`.
        case otherURL
        case absolute
        /// `.`, `img/..`: the folder itself.
        case folder
        /// More `..` than folders before them.
        case leavesFolder
    }

    /// `written` without `.` parts, empty parts and `..` parts (each takes
    /// back the part before it): "./img//../logos/a.png" is "logos/a.png".
    static func normalise(_ written: String) -> Result<String, Problem> {
        let lower = written.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return .failure(.webURL) }
        if hasURLScheme(lower) { return .failure(.otherURL) }
        if written.hasPrefix("/") { return .failure(.absolute) }
        var parts: [Substring] = []
        for part in written.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return .failure(.leavesFolder) }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        guard !parts.isEmpty else { return .failure(.folder) }
        return .success(parts.joined(separator: "/"))
    }

    /// `scheme://…` (any scheme), or one of the schemes that carry their
    /// content or a script without slashes.
    private static func hasURLScheme(_ lower: String) -> Bool {
        if ["data:", "javascript:", "vbscript:", "file:", "blob:"].contains(where: lower.hasPrefix) { return true }
        guard let colon = lower.firstIndex(of: ":"), lower[colon...].hasPrefix("://") else { return false }
        let scheme = lower[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }
}
