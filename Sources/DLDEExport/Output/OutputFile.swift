import Foundation

/// One file a command produces: a path relative to the output folder and
/// its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    /// Text is kept as the writer made it and written as UTF-8 without a
    /// second copy (the booklet is tens of megabytes at 10,000 papers).
    private let body: Body

    private enum Body: Sendable {
        case bytes(Data)
        case text(String)
    }

    public init(path: String, contents: Data) {
        self.path = path
        self.body = .bytes(contents)
    }

    public init(path: String, text: String) {
        self.path = path
        self.body = .text(text)
    }

    /// The file's bytes.
    public var contents: Data {
        switch body {
        case .bytes(let data): return data
        case .text(let text): return Data(text.utf8)
        }
    }

    /// Creates (or truncates) the file at `path` with this file's bytes.
    /// - Returns: false if the file cannot be created or written.
    func write(toPath path: String) -> Bool {
        guard let handle = fopen(path, "wb") else { return false }
        let written: Bool
        switch body {
        case .bytes(let data):
            written = data.withUnsafeBytes { buffer in
                buffer.isEmpty || fwrite(buffer.baseAddress!, 1, buffer.count, handle) == buffer.count
            }
        case .text(var text):
            written = text.withUTF8 { buffer in
                buffer.isEmpty || fwrite(buffer.baseAddress!, 1, buffer.count, handle) == buffer.count
            }
        }
        return fclose(handle) == 0 && written
    }

    public static func == (left: OutputFile, right: OutputFile) -> Bool {
        left.path == right.path && left.contents == right.contents
    }
}
