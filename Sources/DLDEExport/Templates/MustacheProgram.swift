/// A library's compiled templates (`MustacheNode` trees) laid out once as
/// one flat list of instructions, which `MustacheRenderer` runs.
///
/// An instruction is plain data: a section holds where its body ends, not
/// its body, and text is a range of one byte buffer. Walking the trees
/// copied each node it visited (its text, its body, its name: a reference
/// count up and down for each), hundreds of thousands of times per booklet.
final class MustacheProgram: @unchecked Sendable {
    // Unchecked: every buffer is filled in `init` and only read after.

    struct Instruction {
        enum Kind: UInt8 {
            case text, value, section, inverted, partial
        }

        let kind: Kind
        /// How a `.value` is written.
        let escaping: MustacheEscaping
        /// `.text`: where its bytes start in `text`; `.value`, `.section`,
        /// `.inverted`: its name's index in `names`; `.partial`: the
        /// template's index, or -1 for a partial no template has (renders
        /// nothing).
        let operand: Int32
        /// `.text`: its byte count; `.section`, `.inverted`: the index of
        /// the first instruction after its body (the body starts right
        /// after it); `.partial`: its indentation's index in
        /// `indentations`, or -1 when the tag is not alone on its line.
        let extent: Int32
    }

    let instructions: UnsafeMutableBufferPointer<Instruction>
    let text: UnsafeMutableBufferPointer<UInt8>
    let names: [MustacheName]
    let indentations: [[UInt8]]
    /// Each template's instructions.
    let templates: [Range<Int>]

    init(_ compiled: [[MustacheNode]]) {
        var layout = Layout()
        templates = compiled.map { nodes in
            let start = layout.instructions.count
            layout.add(nodes)
            return start..<layout.instructions.count
        }
        instructions = .allocate(capacity: layout.instructions.count)
        _ = instructions.initialize(from: layout.instructions)
        text = .allocate(capacity: layout.text.count)
        _ = text.initialize(from: layout.text)
        names = layout.names
        indentations = layout.indentations
    }

    deinit {
        instructions.deallocate()
        text.deallocate()
    }

    /// The lists `init` fills, in the order the trees are walked.
    private struct Layout {
        var instructions: [Instruction] = []
        var text: [UInt8] = []
        var names: [MustacheName] = []
        var indentations: [[UInt8]] = []

        mutating func add(_ nodes: [MustacheNode]) {
            for node in nodes { add(node) }
        }

        private mutating func add(_ node: MustacheNode) {
            switch node {
            case .text(let bytes):
                instructions.append(Instruction(kind: .text, escaping: .raw, operand: Int32(text.count), extent: Int32(bytes.count)))
                text += bytes
            case .value(let name, let escaping):
                names.append(name)
                instructions.append(Instruction(kind: .value, escaping: escaping, operand: Int32(names.count - 1), extent: 0))
            case .section(let name, let body), .inverted(let name, let body):
                let kind: Instruction.Kind
                if case .section = node { kind = .section } else { kind = .inverted }
                names.append(name)
                let at = instructions.count
                instructions.append(Instruction(kind: kind, escaping: .raw, operand: Int32(names.count - 1), extent: 0))
                add(body)
                // Its body's end, now known.
                instructions[at] = Instruction(kind: kind, escaping: .raw, operand: instructions[at].operand, extent: Int32(instructions.count))
            case .partial(let index, let indentation):
                var slot: Int32 = -1
                if let indentation {
                    indentations.append(indentation)
                    slot = Int32(indentations.count - 1)
                }
                instructions.append(Instruction(kind: .partial, escaping: .raw, operand: index.map(Int32.init) ?? -1, extent: slot))
            }
        }
    }
}
