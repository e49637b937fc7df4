import Foundation

/// Reads an image key (`photo`, `logo`): a path relative to the workshop
/// folder, to a PNG, JPEG, WebP or SVG file inside that folder. Every
/// problem is an error at the key's value (docs/input-format.md, "Images").
struct ImageReader {
    /// The workshop folder with every symbolic link resolved; nil when the
    /// workshop was given as text, with no folder to find images in.
    let folder: String?

    /// - Parameter folder: the workshop folder as given (nil: no folder).
    init(folder: String?) {
        self.folder = folder.flatMap(Self.realPath)
    }

    func read(_ value: YAMLValue) -> ImageFile? {
        guard let written = value.line(expected: "the path of an image file") else { return nil }
        let path: String
        switch ImagePath.normalise(written) {
        case .success(let normalised): path = normalised
        case .failure(let problem):
            value.error(message(for: problem, written: written))
            return nil
        }
        guard let folder else {
            value.error("'\(written)' cannot be checked: images are read from the workshop folder, and this workshop was given without one")
            return nil
        }
        let lookedFor = (folder as NSString).appendingPathComponent(path)
        guard let source = Self.realPath(lookedFor) else {
            value.error("no file '\(path)' in the workshop folder (looked for \(lookedFor))")
            return nil
        }
        let inside = folder.hasSuffix("/") ? folder : folder + "/"
        guard source.hasPrefix(inside) else {
            value.error("'\(path)' leaves the workshop folder through a symbolic link (it resolves to \(source)): put the image itself in the folder")
            return nil
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue {
            value.error("'\(path)' is a folder, not an image file")
            return nil
        }
        guard let format = checkedFormat(of: source, path: path, value: value) else { return nil }
        return ImageFile(path: path, source: source, format: format)
    }

    private func message(for problem: ImagePath.Problem, written: String) -> String {
        switch problem {
        case .webURL:
            return "'\(written)' is a URL: put the image in the workshop folder and give its path relative to the folder (e.g. 'logos/name.png'); the site makes no outside requests"
        case .otherURL:
            return "'\(written)' is not a file path: give the path of an image relative to the workshop folder"
        case .absolute:
            return "'\(written)' is an absolute path: give the path relative to the workshop folder"
        case .folder:
            return "'\(written)' names the workshop folder itself, not an image file"
        case .leavesFolder:
            return "'\(written)' leaves the workshop folder: put the image inside it and give its path relative to it"
        }
    }

    /// The format the file's bytes show, if it is one of the four and its
    /// name's extension agrees; otherwise nil after an error.
    private func checkedFormat(of source: String, path: String, value: YAMLValue) -> ImageFile.Format? {
        guard let handle = FileHandle(forReadingAtPath: source) else {
            value.error("cannot read '\(path)': \(String(cString: strerror(errno)))")
            return nil
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: ImageFormatSniffer.headLength)) ?? Data()
        let format: ImageFile.Format
        switch ImageFormatSniffer.kind(of: head) {
        case .image(let found): format = found
        case .other(let name):
            value.error("'\(path)' is not a PNG, JPEG, WebP or SVG image" + (name.map { " (it is \($0))" } ?? ""))
            return nil
        case .markup:
            let rest = (try? handle.readToEnd()) ?? Data()
            guard let svg = checkedSVG(head + rest, path: path, value: value) else { return nil }
            format = svg
        }
        let ext = (path as NSString).pathExtension.lowercased()
        let allowed = ImageFormatSniffer.extensions(of: format)
        guard allowed.contains(ext) else {
            let has = ext.isEmpty ? "its name has no extension" : "its name ends in '.\(ext)'"
            value.error("'\(path)' is \(ImageFormatSniffer.described(format)) but \(has): rename it to end in '.\(allowed[0])'")
            return nil
        }
        return format
    }

    /// `.svg` for a well-formed SVG with nothing to refuse; nil after an error.
    private func checkedSVG(_ data: Data, path: String, value: YAMLValue) -> ImageFile.Format? {
        switch SVGInspection.inspect(data) {
        case .svg(let findings) where findings.isEmpty:
            return .svg
        case .svg(let findings):
            let listed = findings.prefix(5).map { "\($0.what) (line \($0.line))" }.joined(separator: ", ")
            let more = findings.count > 5 ? " and \(findings.count - 5) more" : ""
            value.error("'\(path)' is refused: it contains \(listed)\(more); an SVG image may hold no scripts and no references outside itself")
        case .notSVG(let reason):
            value.error("'\(path)' is not a PNG, JPEG, WebP or SVG image: it is XML, but \(reason)")
        case .malformed(let message, let line, let column):
            value.error("'\(path)' is not a well-formed SVG: the XML parser stops at line \(line), column \(column) of the image: \(message)")
        }
        return nil
    }

    /// `path` with every symbolic link resolved (realpath(3)), or nil when
    /// it names nothing.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
