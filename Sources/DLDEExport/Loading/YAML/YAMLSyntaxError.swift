/// Why a YAML file could not be read, worded as the diagnostics print it.
struct YAMLSyntaxError: Error, Sendable {
    var message: String
    /// Where; 1:1 when libyaml gives no position (the reader's errors).
    var mark: YAMLMark
}
