import Foundation
import Testing
@testable import DLDEExport

/// papers.yaml is read item by item in batches (`YAMLFile.readList`, issue
/// 18): messages from several batches keep their places and order, a YAML
/// error anywhere is the only message, an alias reaches across batches, and
/// a key path found after reading (a duplicate id) points into the file.
@Suite("papers.yaml read as a stream")
struct PapersStreamTests {
    /// `count` papers, five lines each: paper `i` (from 1) starts at line
    /// 5 (i - 1) + 1 and its presentation is on line 5 (i - 1) + 5.
    static func papers(_ count: Int, edit: (Int, inout [String]) -> Void = { _, _ in }) -> String {
        (1...count).map { i in
            var lines = ["- id: p\(i)", "  title: \"Paper \(i)\"", "  authors:", "    - name: Author \(i)", "  presentation: poster"]
            edit(i, &lines)
            return lines.joined(separator: "\n") + "\n"
        }.joined()
    }

    static func errors(_ papers: String) -> [Diagnostic] {
        do {
            _ = try WorkshopLoader.load(workshopYAML: Data(MinimalWorkshop.workshop.utf8), papersYAML: Data(papers.utf8))
            return []
        } catch {
            guard case .invalidInput(let diagnostics) = error else { return [] }
            return diagnostics.errors
        }
    }

    @Test func messagesFromEveryBatchKeepTheirPlaces() {
        let text = Self.papers(1300) { i, lines in
            if [3, 700, 1250].contains(i) { lines[4] = "  presentation: oral" }
        }
        let errors = Self.errors(text)
        #expect(errors.map { $0.location?.line } == [15, 3500, 6250])
        #expect(errors.map { $0.location?.column } == [17, 17, 17])
        #expect(errors.map(\.keyPath) == ["papers[2].presentation", "papers[699].presentation", "papers[1249].presentation"])
        #expect(errors.allSatisfy { $0.message.hasPrefix("'oral' is not one of") })
    }

    @Test func aYAMLErrorAfterManyPapersIsTheOnlyMessage() {
        let text = Self.papers(1300) { i, lines in
            if i == 3 { lines[4] = "  presentation: oral" }
        } + "- id: last\n  title: \"unterminated\n"
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("YAML syntax: found unexpected end of stream") == true)
        #expect(errors.first?.location?.line == 6503)
    }

    @Test func aDuplicateKeyInALateBatch() {
        let text = Self.papers(1300) { i, lines in
            if i == 1100 { lines.append("  title: \"Again\"") }
        }
        let errors = Self.errors(text)
        #expect(errors.map(\.message) == ["duplicate key 'title' in one mapping"])
        #expect(errors.first?.location?.line == 5 * 1099 + 2)
    }

    @Test func anAliasReachesAcrossBatches() throws {
        let text = Self.papers(1300) { i, lines in
            if i == 1 { lines[3] = "    - &ana {name: Ana Author, affiliation: Uni A}" }
            if i == 1200 { lines[3] = "    - *ana" }
        }
        let checked = try WorkshopLoader.load(workshopYAML: Data(MinimalWorkshop.workshop.utf8), papersYAML: Data(text.utf8))
        #expect(checked.workshop.papers.count == 1300)
        #expect(checked.workshop.papers[1199].authors.map(\.name.display) == ["Ana Author"])
        #expect(checked.workshop.papers[1199].authors.first?.affiliation == "Uni A")
    }

    /// The duplicate is found by the checker after reading: its place and the
    /// first id's line come from parsing papers.yaml again.
    @Test func aDuplicateIdFoundAfterReadingPointsIntoTheFile() {
        let text = Self.papers(1300) { i, lines in
            if i == 1100 { lines[0] = "- id: p5" }
        }
        let errors = Self.errors(text)
        #expect(errors.map(\.message) == ["duplicate paper id 'p5' (first at line 21)"])
        #expect(errors.first?.location?.line == 5 * 1099 + 1)
        #expect(errors.first?.location?.column == 7)
        #expect(errors.first?.keyPath == "papers[1099].id")
    }
}
