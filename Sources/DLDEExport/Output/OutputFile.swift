import Foundation

/// One file a command produces: a path relative to the output folder and
/// its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    /// The path of a file made by the same job with the same bytes (the
    /// site's copy of the booklet inside `all`): staging copies that file
    /// instead of making these bytes again.
    var copyOf: String?
    /// Text is kept as the writer made it and written as UTF-8 without a
    /// second copy (the booklet is tens of megabytes at 10,000 papers).
    private let body: Body

    private enum Body: Sendable {
        case bytes(Data)
        case text(String)
        case stream(Producer)
    }

    /// Makes a file's bytes on demand, handing them to `write` in chunks
    /// (`write` returns false when it cannot write; the producer then
    /// returns false).
    public typealias Producer = @Sendable (_ write: @escaping (UnsafeRawBufferPointer) -> Bool) throws(ExportError) -> Bool

    public init(path: String, contents: Data) {
        self.path = path
        self.body = .bytes(contents)
    }

    public init(path: String, text: String) {
        self.path = path
        self.body = .text(text)
    }

    /// A file made only when it is written (or its bytes asked for), in
    /// chunks, so its whole text is never held (the booklet's HTML).
    public init(path: String, streaming producer: @escaping Producer) {
        self.path = path
        self.body = .stream(producer)
    }

    /// Whether the bytes are made only when written (`init(path:streaming:)`).
    var isStreamed: Bool {
        if case .stream = body { return true }
        return false
    }

    /// The file's bytes; a streamed file is made now.
    public func data() throws(ExportError) -> Data {
        switch body {
        case .bytes(let data): return data
        case .text(let text): return Data(text.utf8)
        case .stream(let producer):
            var data = Data()
            _ = try producer { chunk in
                data.append(contentsOf: chunk)
                return true
            }
            return data
        }
    }

    /// The file's bytes. A streamed file is made now, and one whose
    /// producer fails is a programming error here: use `data()`.
    public var contents: Data {
        do {
            return try data()
        } catch {
            preconditionFailure("\(path) could not be made: \(error)")
        }
    }

    /// True when `path` is a regular file holding exactly these bytes
    /// (text and data only: a stream is not made twice to find out).
    func isAlreadyAt(_ path: String) -> Bool {
        switch body {
        case .bytes(let data): return data.withUnsafeBytes { FileBytes.holds(path, $0) }
        case .text(var text): return text.withUTF8 { FileBytes.holds(path, UnsafeRawBufferPointer($0)) }
        case .stream: return false
        }
    }

    /// Creates the file at `path` with this file's bytes (`FileBytes`:
    /// whatever is at `path` is removed first, never followed).
    /// - Returns: false if the file cannot be created or written.
    /// - Throws: what a streamed file's producer throws.
    func write(toPath path: String) throws(ExportError) -> Bool {
        let descriptor = FileBytes.createNew(path)
        guard descriptor >= 0 else { return false }
        let written: Bool
        do {
            written = try produce { FileBytes.writeFully(descriptor, $0) }
        } catch {
            close(descriptor)
            throw error
        }
        return close(descriptor) == 0 && written
    }

    /// Hands the file's bytes to `sink`: a streamed file's in chunks as
    /// they are made, the others at once. False when `sink` returns false.
    func produce(into sink: @escaping (UnsafeRawBufferPointer) -> Bool) throws(ExportError) -> Bool {
        switch body {
        case .bytes(let data): return data.withUnsafeBytes(sink)
        case .text(var text): return text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
        case .stream(let producer): return try producer(sink)
        }
    }

    public static func == (left: OutputFile, right: OutputFile) -> Bool {
        left.path == right.path && left.contents == right.contents
    }
}
