/// The version of dlde-export, kept here and nowhere else: `--version` prints
/// it, and every output with a generator field names it (workshop.json's
/// `generator`, the feeds' `<generator>`, the calendar's `PRODID`, the
/// booklet's `generator` meta tag and PDF producer). A constant, not the
/// build's `git describe`, so that a file depends only on the version that
/// wrote it and not on the state of the checkout it was built from; raise it
/// when releasing (see README).
public enum ToolVersion {
    /// The command's name.
    public static let name = "dlde-export"

    /// The version number (semantic versioning).
    public static let number = "0.1.0"

    /// Name and version, as outputs name their generator: `dlde-export 0.1.0`.
    public static var generator: String { "\(name) \(number)" }
}
