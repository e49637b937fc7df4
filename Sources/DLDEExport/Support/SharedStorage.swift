/// A value kept in one box that copies share: copying the struct that
/// holds it retains the box once, not each of the value's strings and
/// arrays. Changing it copies the box first when another copy shares it,
/// so the holder keeps value semantics.
///
/// For the model's records that writers pass around by the ten thousand
/// (`Paper`, `Person`): each copy of one used to retain a dozen or more
/// strings, 5 % of an `all` run's CPU at 10,000 papers.
struct SharedStorage<Value>: @unchecked Sendable where Value: Sendable {
    // Unchecked: the box is changed only while no other copy holds it
    // (`isKnownUniquelyReferenced`), so no two threads ever see it change.
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    /// Whether both hold the same box (so the same value) without comparing.
    func sharesBox(with other: SharedStorage) -> Bool {
        box === other.box
    }
}

extension SharedStorage: Equatable where Value: Equatable {
    static func == (left: SharedStorage, right: SharedStorage) -> Bool {
        left.sharesBox(with: right) || left.value == right.value
    }
}
