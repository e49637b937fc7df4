import Foundation
import PropertyBased
import Testing
import Yams
@testable import DLDEExport

/// The YAML reader on libyaml's events (`YAMLComposer`, issue 18) against
/// Yams' composer, which the loader used before: the same tree (text, style,
/// resolved tag and position of every value) or the same message at the same
/// place, for every YAML file of the repository, broken YAML, and random YAML.
@Suite("YAML: the event reader agrees with Yams' composer")
struct YAMLComposerAgreementTests {
    static let broken: [String] = [
        "", "# only a comment\n", "---\n", "a: 1\na: 2\n", "b: 1\na: 2\nb: 3\na: 4\n", "a: 1\n!!str a: 2\n",
        "a: 1\n!!int a: 2\n", "a: 1\n\"a\": 2\n", "? [x, y]\n: 1\n? [x, y]\n: 2\n", "? {k: v}\n: 1\n? {k: v}\n: 2\n",
        "a: *nope\n", "a: &k [*k]\n", "- &p {id: 1}\n- *p\n", "a: 1\n---\nb: 2\n", "a: 1\n...\nb: 2\n",
        "title: \"open\nnext: 1\n", "- a\n b: c\n", "\tkey: 1\n", "a: [1, 2\n", "%YAML 2.0\n---\na\n",
        "%YAML 1.1\n---\na: 1\n", "a: \u{1}\n", "é: [x\n", "- !foo x\n- !!seq [y]\n- ! z\n", "&r\n- 1\n",
        "a: |\n  text\n  more\nb: >\n  folded\n", "'single ''q''': \"dq \\u00e9\"\n", "<<: {a: 1}\n",
        "? !!value =\n: v\n", "{a: 1, a: 1}\n", "[a, b]: 1\n", "- - - x\n", "a:\n  - b\n  -\n",
        "a: 1\nb: 2\na: 3\nc: 4\na: 5\nb: 6\n",
        // Duplicates among up to 16 keys are found pairwise, among more by hashing.
        (0..<16).map { "k\($0 % 13): \($0)\n" }.joined(), (0..<17).map { "k\($0 % 13): \($0)\n" }.joined(),
        (0..<20).map { "k\($0): \($0)\n" }.joined() + "k7: x\nk3: y\nk7: z\n",
    ]

    @Test func brokenAndOddYAML() {
        for text in Self.broken {
            #expect(Self.ours(text) == Self.yams(text), "\(text.debugDescription)")
        }
    }

    @Test func everyYAMLFileOfTheRepository() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: TestPaths.root.path)
            .filter { ($0.hasPrefix("Tests/") || $0.hasPrefix("data/") || $0.hasPrefix("fuzz/")) && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
        #expect(files.count >= 10)
        for file in files {
            guard let text = try? String(contentsOf: TestPaths.root.appendingPathComponent(file), encoding: .utf8) else { continue }
            #expect(Self.ours(text) == Self.yams(text), "\(file)")
        }
    }

    /// Random YAML from YAML's own punctuation and the text authors type.
    @Test func randomYAML() async {
        let atoms = ["- ", "a: ", "b: ", "? ", ": ", "&x ", "*x ", "&y ", "*y ", "!!str ", "!t ", "\"q\"", "'s'", "|\n", ">\n",
                     "[", "]", "{", "}", ", ", "\n", "  ", "    ", "---\n", "...\n", "#c", "%YAML 1.1\n", "\t", "\\", "\u{FEFF}"]
            + HostileStrings.atoms
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(atoms.count - 1)).array(of: 0...30)) { indexes in
            let text = indexes.map { atoms[$0] }.joined()
            #expect(Self.ours(text) == Self.yams(text), "\(text.debugDescription)")
        }
    }

    // MARK: - Both readers' results as text

    static func ours(_ text: String) -> String {
        do throws(YAMLSyntaxError) {
            guard let node = try YAMLComposer.compose(text) else { return "empty" }
            return describe(node)
        } catch {
            return "error \(error.mark.line):\(error.mark.column) \(error.message)"
        }
    }

    /// Yams' tree, and its errors worded as the loader worded them before.
    static func yams(_ text: String) -> String {
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else { return "empty" }
            return describe(node)
        } catch let error as YamlError {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
                var message = "YAML syntax: \(problem)"
                if let context { message += " (\(context.text) at line \(context.mark.line))" }
                return "error \(mark.line):\(mark.column) \(message)"
            case let .duplicatedKeysInMapping(duplicates, context):
                return "error \(context.mark.line):\(context.mark.column) duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping"
            case let .reader(problem, _, _, _):
                return "error 1:1 YAML cannot read the file: \(problem)"
            default:
                return "error 1:1 YAML error: \(error)"
            }
        } catch {
            return "error \(error)"
        }
    }

    private static func describe(_ node: YAMLNode) -> String {
        let mark = "\(node.mark.line):\(node.mark.column) \(node.resolvedTag)"
        switch node {
        case .scalar(let scalar): return "S\(mark) \(scalar.style) \(scalar.string.debugDescription)"
        case .sequence(let items, _): return "Q\(mark) [\(items.map(describe).joined(separator: ", "))]"
        case .mapping(let pairs, _): return "M\(mark) {\(pairs.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", "))}"
        }
    }

    private static func describe(_ node: Node) -> String {
        let mark = "\(node.mark?.line ?? 0):\(node.mark?.column ?? 0) \(node.tag.rawValue)"
        switch node {
        case .scalar(let scalar): return "S\(mark) \(scalar.style) \(scalar.string.debugDescription)"
        case .sequence(let sequence): return "Q\(mark) [\(sequence.map(describe).joined(separator: ", "))]"
        case .mapping(let mapping): return "M\(mark) {\(mapping.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", "))}"
        case .alias: return "alias"
        }
    }
}
