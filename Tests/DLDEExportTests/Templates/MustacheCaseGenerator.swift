@testable import DLDEExport

/// Random templates and data for the differential test: a main template
/// `t` and partials `p0`, `p1` (a partial includes only later ones), made
/// of text (with HTML and LaTeX specials, line ends, tabs, braces), values
/// escaped and raw, dotted and relative names, sections and inverted
/// sections (often alone on their lines, indented), comments, partials
/// (standalone and indented or inline), set delimiters and content-type
/// pragmas; data of text, numbers, booleans, nulls, objects, lists of
/// objects or records (one or two record tables in a list) and empty lists.
struct MustacheCaseGenerator {
    indirect enum Datum {
        case text(String), number(Int), flag(Bool), null
        case object([(String, Datum)])
        case list([Datum], records: Int)
    }

    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let names = ["a", "b", "c", "list", "flag", "obj", "n"]
    private static let texts = ["a", "b", "Z", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "<", ">", "&", "\"", "'", "{", "}",
                                "é", "ü", "中", "%", "$", "#", "_", "\\", "~", "^", "x}y", "--"]
    private static let values = ["plain", "A & B", "<tag>", "\"q\" 'a'", "100% $x$ #1 _a_ {b} \\c ~ ^", "é中", "line\nbreak", "", " "]
    private static let delimiters = [("<%", "%>"), ("[[", "]]"), ("{{", "}}"), ("(*", "*)")]

    mutating func makeCase() -> (templates: [String: String], data: Datum) {
        var templates: [String: String] = [:]
        let partials = ["p0", "p1"]
        for (index, name) in (["t"] + partials).enumerated() {
            var delimiters = ("{{", "}}")
            let callable = index == 0 ? partials : Array(partials.dropFirst(index))
            templates[name] = block(depth: 0, delimiters: &delimiters, partials: callable)
        }
        return (templates, object(depth: 0))
    }

    // MARK: Templates

    private mutating func block(depth: Int, delimiters: inout (String, String), partials: [String]) -> String {
        var out = ""
        let (open, close) = delimiters
        for _ in 0..<random.below(7) {
            switch random.below(14) {
            case 0, 1, 2:
                for _ in 0...random.below(4) { out += Self.texts[random.below(Self.texts.count)] }
            case 3, 4:
                out += open + pad() + name() + pad() + close
            case 5:
                if open == "{{", random.below(2) == 0 {
                    out += "{{{" + pad() + name() + pad() + "}}}"
                } else {
                    out += open + "&" + pad() + name() + pad() + close
                }
            case 6, 7, 8:
                guard depth < 3 else { continue }
                let sigil = random.below(3) == 0 ? "^" : "#"
                let section = sectionName()
                let alone = random.below(2) == 0
                if alone { out += "\n" + indent() }
                out += open + sigil + pad() + section + pad() + close
                if alone || random.below(3) == 0 { out += "\n" }
                var inner = delimiters
                out += block(depth: depth + 1, delimiters: &inner, partials: partials)
                if random.below(2) == 0 { out += "\n" + indent() }
                out += inner.0 + "/" + pad() + section + pad() + inner.1
                if alone { out += "\n" }
            case 9:
                let alone = random.below(2) == 0
                if alone { out += "\n" + indent() }
                out += open + "!" + ["", " note ", "multi\nline", "{{x}}"][random.below(4)] + close
                if alone { out += "\n" }
            case 10:
                guard let partial = partials.randomElement(using: &random) else { continue }
                let alone = random.below(2) == 0
                if alone { out += "\n" + indent() }
                out += open + ">" + pad() + partial + pad() + close
                if alone { out += ["\n", "\r\n", ""][random.below(3)] }
            case 11:
                let new = Self.delimiters[random.below(Self.delimiters.count)]
                let alone = random.below(2) == 0
                if alone { out += "\n" + indent() }
                out += open + "=" + new.0 + " " + new.1 + "=" + close
                if alone { out += "\n" }
                delimiters = new
                return out + block(depth: depth, delimiters: &delimiters, partials: partials)
            case 12:
                out += open + "% CONTENT_TYPE: " + ["HTML", "TEXT", "LATEX"][random.below(3)] + close
                if random.below(2) == 0 { out += "\n" }
            default:
                out += "\n" + indent()
            }
        }
        return out
    }

    private mutating func pad() -> String { ["", "", " ", "  "][random.below(4)] }
    private mutating func indent() -> String { ["", " ", "  ", "\t"][random.below(4)] }

    /// A value tag's name; never a list's (a list as text is its Swift
    /// description, which names each renderer's own types).
    private mutating func name() -> String {
        let names = Self.names.filter { $0 != "list" }
        switch random.below(12) {
        case 0: return "."
        case 1: return "obj." + names[random.below(names.count)]
        case 2: return "." + names[random.below(names.count)]
        case 3 where random.below(4) == 0: return "missing"
        default: return names[random.below(names.count)]
        }
    }

    private mutating func sectionName() -> String {
        switch random.below(8) {
        case 0: return "."
        case 1: return "obj.list"
        default: return Self.names[random.below(Self.names.count)]
        }
    }

    // MARK: Data

    private mutating func object(depth: Int) -> Datum {
        var fields: [(String, Datum)] = []
        for name in Self.names where random.below(4) != 0 {
            fields.append((name, value(named: name, depth: depth)))
        }
        return .object(fields)
    }

    private mutating func value(named name: String, depth: Int) -> Datum {
        switch name {
        case "flag": return random.below(4) == 0 ? .null : .flag(random.below(2) == 0)
        case "n": return random.below(4) == 0 ? .null : .number(random.below(200) - 50)
        case "obj": return depth < 2 ? object(depth: depth + 1) : .null
        case "list":
            guard depth < 2 else { return .list([], records: 0) }
            let count = random.below(4)
            let records = random.below(3)
            // Items of one record table declare the same fields.
            let shapes = (0..<2).map { _ in object(depth: depth + 1) }
            return .list((0..<count).map { index in
                switch random.below(6) {
                case 0: return .text(Self.values[random.below(Self.values.count)])
                case 1: return .flag(random.below(2) == 0)
                default: return records > 0 ? shapes[index % records] : object(depth: depth + 1)
                }
            }, records: records)
        default:
            return random.below(6) == 0 ? .null : .text(Self.values[random.below(Self.values.count)])
        }
    }
}

extension SplitMix64 {
    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
