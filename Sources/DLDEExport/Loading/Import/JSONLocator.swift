/// Where each value of a JSON text starts, by key path (`[3].content.title`,
/// `notes[3].id`). JSONSerialization gives the values but not their places;
/// this scanner, run on text JSONSerialization accepted, finds the places.
enum JSONLocator {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    private enum Container {
        case object(path: String, key: String?)
        case array(path: String, index: Int)
    }

    static func locate(_ text: String) -> [String: Position] {
        let scalars = Array(text.unicodeScalars)
        var positions: [String: Position] = [:]
        var stack: [Container] = []
        var expectingKey = false
        var line = 1, column = 1
        var i = 0

        func valuePath() -> String {
            switch stack.last {
            case nil: return ""
            case .object(let path, let key)?: return path.isEmpty ? (key ?? "") : "\(path).\(key ?? "")"
            case .array(let path, let index)?: return "\(path)[\(index)]"
            }
        }
        func advance() {
            if scalars[i] == "\n" || (scalars[i] == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n")) {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }

        while i < scalars.count {
            let c = scalars[i]
            let here = Position(line: line, column: column)
            switch c {
            case "\"":
                let string = readString(scalars, &i, &column)
                if expectingKey, case .object(let path, _)? = stack.last {
                    stack[stack.count - 1] = .object(path: path, key: string)
                    expectingKey = false
                } else {
                    positions[valuePath()] = here
                }
                continue
            case "{":
                positions[valuePath()] = here
                stack.append(.object(path: valuePath(), key: nil))
                expectingKey = true
            case "[":
                positions[valuePath()] = here
                stack.append(.array(path: valuePath(), index: 0))
            case "}", "]":
                stack.removeLast()
                expectingKey = false
            case ",":
                if case .array(let path, let index)? = stack.last {
                    stack[stack.count - 1] = .array(path: path, index: index + 1)
                } else {
                    expectingKey = true
                }
            case " ", "\t", "\n", "\r", ":":
                break
            default:
                // A number, true, false or null: record it and skip to its end.
                positions[valuePath()] = here
                while i + 1 < scalars.count, !",}] \t\r\n".unicodeScalars.contains(scalars[i + 1]) {
                    advance()
                }
            }
            advance()
        }
        return positions
    }

    /// Reads the string starting at the quote at `i`; leaves `i` after the
    /// closing quote. JSON strings hold no raw line breaks.
    private static func readString(_ scalars: [Unicode.Scalar], _ i: inout Int, _ column: inout Int) -> String {
        var units: [UInt16] = []
        i += 1
        column += 1
        while i < scalars.count, scalars[i] != "\"" {
            if scalars[i] == "\\", i + 1 < scalars.count {
                let escaped = scalars[i + 1]
                i += 2
                column += 2
                switch escaped {
                case "u":
                    let hex = String(String.UnicodeScalarView(scalars[i..<min(i + 4, scalars.count)]))
                    units.append(UInt16(hex, radix: 16) ?? 0xFFFD)
                    i += 4
                    column += 4
                case "n": units.append(0x0A)
                case "t": units.append(0x09)
                case "r": units.append(0x0D)
                case "b": units.append(0x08)
                case "f": units.append(0x0C)
                default: units.append(contentsOf: String(escaped).utf16)
                }
                continue
            }
            units.append(contentsOf: String(scalars[i]).utf16)
            i += 1
            column += 1
        }
        i += 1
        column += 1
        return String(decoding: units, as: UTF16.self)
    }
}
