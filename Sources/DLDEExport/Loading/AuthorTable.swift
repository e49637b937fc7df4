import Foundation

/// The authors read so far, each spelled the same way kept once: an author
/// of several papers, written alike in each, is one `Person` shared by
/// them (at 10,000 synthetic papers, 64,601 authors are 46,144 people).
/// Shared by the threads reading papers.yaml.
final class AuthorTable: @unchecked Sendable {
    private let lock = NSLock()
    /// Hash of an author's fields to the first author seen with that hash;
    /// one whose hash another holds is kept as read (not shared, still right).
    private var kept: [Int: Person] = [:]

    /// `author`, or the same author read before: one with the same bytes
    /// in every field (not merely equal text: the outputs keep each
    /// spelling).
    func shared(_ author: Person) -> Person {
        guard author.bio == nil && author.photo == nil else { return author }
        let hash = Self.hash(author)
        lock.lock()
        defer { lock.unlock() }
        if let known = kept[hash] {
            return Self.sameBytes(known, author) ? known : author
        }
        kept[hash] = author
        return author
    }

    private static func fields(_ person: Person) -> [String?] {
        [person.id, person.name.display, person.name.given, person.name.family, person.affiliation, person.url, person.email]
    }

    private static func hash(_ person: Person) -> Int {
        var hasher = Hasher()
        for field in fields(person) {
            guard let field else {
                hasher.combine(0 as UInt8)
                continue
            }
            hasher.combine(1 as UInt8)
            hasher.combine(field.utf8.count)
            field.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        return hasher.finalize()
    }

    private static func sameBytes(_ one: Person, _ other: Person) -> Bool {
        zip(fields(one), fields(other)).allSatisfy { left, right in
            switch (left, right) {
            case (nil, nil): return true
            case let (left?, right?): return left.hasSameBytes(as: right)
            default: return false
            }
        }
    }
}
