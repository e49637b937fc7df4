/// A person's name: either one string as written ("Given Family") or
/// explicit parts, for names the string form cannot carry ("E, Weinan",
/// "van der Pol").
public struct PersonName: Sendable, Equatable, Hashable {
    public var given: String?
    public var family: String?
    /// The name as it is printed: the string, or "given family".
    public var display: String

    public init(_ whole: String) {
        display = whole
    }

    public init(given: String?, family: String) {
        self.given = given
        self.family = family
        display = [given, family].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// True when the name was given as `{given, family}`.
    public var hasParts: Bool { family != nil }
}
