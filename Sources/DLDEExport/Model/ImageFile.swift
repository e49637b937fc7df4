/// An image of the workshop folder (a person's photo, a sponsor's logo), checked by the loader.
public struct ImageFile: Sendable, Equatable {
    public enum Format: String, Sendable { case png, jpeg, webp, svg }
    /// As written in workshop.yaml, relative to the workshop folder, normalised ("img/a.png").
    public var path: String
    /// Absolute path of the file to copy.
    public var source: String
    public var format: Format

    public init(path: String, source: String, format: Format) {
        self.path = path
        self.source = source
        self.format = format
    }
}
