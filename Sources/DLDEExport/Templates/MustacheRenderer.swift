/// Runs compiled templates (`MustacheProgram`) over a context, writing bytes
/// to a `TemplateOutput` as it goes (no text is built per section).
///
/// Names are looked up as Mustache does: the first part through the stack
/// of open sections from the innermost out, the later parts (`a.b`) in what
/// the first found. Each tag remembers, for the record table it last met,
/// which slot holds its field, so the records of a list (all of one table)
/// are read by slot. A name looked up in the root object that it does not
/// declare (it is asked last, so no object declares it), when
/// `recordsMisses`, is noted in `misses`.
///
/// A struct, its methods `mutating`: its state (the stack, the slot caches)
/// is then checked for exclusive access when compiled, where a class's
/// stored properties are checked at run time on every access (at 1,000
/// papers, such checks were 4 % of `all`'s instructions, half of them here).
struct MustacheRenderer {
    private let program: MustacheProgram
    private var output: TemplateOutput
    private var stack: [TemplateValue]
    private let recordsMisses: Bool
    /// The object whose missing names are misses.
    private let root: (any TemplateFields)?
    /// Names no object declared, in the order first looked up.
    private(set) var misses: [String] = []
    /// Per tag (site): the record table last met and the slot of the tag's
    /// first name part in it (-1: not in that table).
    private var cachedTable: [ObjectIdentifier?]
    private var cachedSlot: [Int]

    init(program: MustacheProgram, sites: Int, root: TemplateValue, output: TemplateOutput, recordsMisses: Bool) {
        self.program = program
        self.output = output
        self.stack = [root]
        if case .object(let object) = root { self.root = object } else { self.root = nil }
        self.recordsMisses = recordsMisses
        cachedTable = Array(repeating: nil, count: sites)
        cachedSlot = Array(repeating: -1, count: sites)
    }

    /// Renders template `index`.
    mutating func render(template index: Int) {
        run(program.templates[index], indentation: [])
    }

    /// Runs the instructions in `range`, each with its body. Inside a
    /// standalone partial with indentation, each one's output is made apart
    /// and the indentation put in front of it when what was written before
    /// (by these instructions) ends a line, as swift-mustache did (the
    /// lines inside one value are not indented).
    private mutating func run(_ range: Range<Int>, indentation: [UInt8]) {
        var index = range.lowerBound
        if indentation.isEmpty {
            while index < range.upperBound { index = step(index, indentation: indentation) }
            return
        }
        let outer = output
        var endsLine = false
        var lastByte: UInt8 = 0
        while index < range.upperBound {
            let part = TemplateOutput()
            output = part
            index = step(index, indentation: indentation)
            output = outer
            let bytes = part.bytes
            guard let last = bytes.last else { continue }
            if endsLine { outer.append(indentation) }
            outer.append(bytes)
            let before = bytes.count > 1 ? bytes[bytes.count - 2] : lastByte
            endsLine = last == UInt8(ascii: "\n") && before != UInt8(ascii: "\r")
            lastByte = last
        }
    }

    /// Runs the instruction at `index` (and its body); returns the index of
    /// the next instruction at its level.
    private mutating func step(_ index: Int, indentation: [UInt8]) -> Int {
        let instruction = program.instructions[index]
        switch instruction.kind {
        case .text:
            let start = Int(instruction.operand)
            output.append(UnsafeBufferPointer(rebasing: program.text[start..<start + Int(instruction.extent)]))
            return index + 1
        case .value:
            if let value = lookUp(program.names[Int(instruction.operand)]) { write(value, instruction.escaping) }
            return index + 1
        case .section:
            let body = index + 1..<Int(instruction.extent)
            switch lookUp(program.names[Int(instruction.operand)]) {
            case .list(let items)?:
                for item in items {
                    stack.append(item)
                    run(body, indentation: indentation)
                    stack.removeLast()
                }
            case .bool(let flag)?:
                if flag { run(body, indentation: indentation) }
            case .null?, nil:
                break
            case let value?:
                stack.append(value)
                run(body, indentation: indentation)
                stack.removeLast()
            }
            return body.upperBound
        case .inverted:
            let body = index + 1..<Int(instruction.extent)
            switch lookUp(program.names[Int(instruction.operand)]) {
            case .list(let items)?:
                if items.isEmpty {
                    stack.append(.list(items))
                    run(body, indentation: indentation)
                    stack.removeLast()
                }
            case .bool(let flag)?:
                if !flag { run(body, indentation: indentation) }
            case .null?, nil:
                run(body, indentation: indentation)
            case .some:
                break
            }
            return body.upperBound
        case .partial:
            if instruction.operand >= 0 {
                let indented = instruction.extent >= 0 ? indentation + program.indentations[Int(instruction.extent)] : indentation
                run(program.templates[Int(instruction.operand)], indentation: indented)
            }
            return index + 1
        }
    }

    private func write(_ value: TemplateValue, _ escaping: MustacheEscaping) {
        // Each case hands its text on directly: text held in a variable
        // first was one more reference to count for every value written.
        switch value {
        case .text(let string): write(string, escaping)
        case .null: return
        case .bool(let flag): write(flag ? "true" : "false", escaping)
        case .object(let object): write(String(describing: object), escaping)
        case .list: write(String(describing: value.swiftValue!), escaping)
        }
    }

    private func write(_ text: String, _ escaping: MustacheEscaping) {
        switch escaping {
        case .html: output.appendHTMLEscaped(text)
        case .latex: output.append(CMarkText.latex(text))
        case .text, .raw: output.append(text)
        }
    }

    private mutating func lookUp(_ name: MustacheName) -> TemplateValue? {
        guard let first = name.first else { return stack.last }
        var value: TemplateValue
        if name.isRelative {
            guard let found = field(first, of: stack[stack.count - 1], site: name.site) else { return nil }
            value = found
        } else {
            var found: TemplateValue?
            var index = stack.count - 1
            while index >= 0 {
                if let field = field(first, of: stack[index], site: name.site) {
                    found = field
                    break
                }
                index -= 1
            }
            guard let found else { return nil }
            value = found
        }
        guard name.parts.count > 1 else { return value }
        for part in name.parts.dropFirst() {
            guard case .object(let object) = value, let next = field(part, of: object) else { return nil }
            value = next
        }
        return value
    }

    /// The field `name` of `object`; a name the root object lacks is a miss
    /// (whatever stands between, as swift-mustache asked the root object).
    private mutating func field(_ name: String, of object: any TemplateFields) -> TemplateValue? {
        if let found = object.field(named: name) { return found }
        if recordsMisses, object === root { noteMiss(name) }
        return nil
    }

    /// The field `name` of `frame`, by the tag's remembered slot when the
    /// frame is a record of the table the tag met last.
    private mutating func field(_ name: String, of frame: TemplateValue, site: Int) -> TemplateValue? {
        guard case .object(let object) = frame else { return nil }
        guard let identity = object.tableIdentity else { return field(name, of: object) }
        let slot: Int
        if cachedTable[site] == identity {
            slot = cachedSlot[site]
        } else {
            slot = object.table?.slots[name] ?? -1
            cachedTable[site] = identity
            cachedSlot[site] = slot
        }
        if slot >= 0 { return object.field(at: slot) }
        if recordsMisses, object === root { noteMiss(name) }
        return nil
    }

    private mutating func noteMiss(_ name: String) {
        guard name != ".", !misses.contains(name) else { return }
        misses.append(name)
    }
}
