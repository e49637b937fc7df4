/// A text compared and hashed by its UTF-8 bytes, not by Unicode canonical
/// equivalence as `String` is: a key of a `Memo` whose lookups would
/// otherwise normalise every name in a non-Latin script (most of a lookup's
/// cost). A text spelled composed and decomposed is two keys, each value
/// made from its own spelling, so no thread's spelling decides the other's.
struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (left: ExactText, right: ExactText) -> Bool {
        left.text.hasSameBytes(as: right.text)
    }

    func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
    }
}

extension PersonName {
    /// The name's texts as `ExactText`s: a key for what is made from a name.
    struct ExactKey: Hashable, Sendable {
        var given: ExactText?
        var family: ExactText?
        var display: ExactText
    }

    var exactKey: ExactKey {
        ExactKey(given: given.map(ExactText.init), family: family.map(ExactText.init), display: ExactText(display))
    }
}
