import Foundation
import Testing
@testable import DLDEExport

/// papers.yaml cut into pieces parsed on every core (`YAMLListPieces`,
/// `YAMLFile.readList`) reads exactly as the one-thread reader does: the
/// same papers and the same messages at the same lines, also when a guessed
/// cut is wrong (a quoted value running over a line that starts with `- `),
/// when an alias reaches into an earlier piece, and for line breaks and
/// markers the guess leaves to the one-thread reader.
@Suite("papers.yaml read in pieces")
struct YAMLListPiecesTests {
    /// Papers and messages from reading `text` with pieces of `itemsPerPiece`
    /// items, or on one thread when nil.
    static func read(_ text: String, itemsPerPiece: Int?) -> (papers: [Paper], messages: [String]) {
        read(data: Data(text.utf8), itemsPerPiece: itemsPerPiece)
    }

    /// `read(_:itemsPerPiece:)` of bytes that need not be UTF-8.
    static func read(data: Data, itemsPerPiece: Int?) -> (papers: [Paper], messages: [String]) {
        let sink = DiagnosticSink()
        let papers = YAMLFile.readList(
            contents: { data }, displayPath: "papers.yaml", rootPath: "papers", sink: sink,
            batchSize: 4, itemsPerPiece: itemsPerPiece.map { size in { _ in size } }, readItem: { PapersReader.readPaper($0) }
        ) ?? []
        return (papers, sink.diagnostics.map(\.description))
    }

    /// Both readers agree on `text`; the pieces' result.
    @discardableResult
    static func expectAgreement(_ text: String, itemsPerPiece: Int = 2, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (papers: [Paper], messages: [String]) {
        let pieces = read(text, itemsPerPiece: itemsPerPiece)
        let oneThread = read(text, itemsPerPiece: nil)
        #expect(pieces.papers == oneThread.papers, sourceLocation: sourceLocation)
        #expect(pieces.messages == oneThread.messages, sourceLocation: sourceLocation)
        return pieces
    }

    /// Whether each piece of `text` parses as the items guessed.
    static func parsedPieces(_ text: String, itemsPerPiece: Int) -> [Bool] {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            guard let cut = YAMLListPieces(bytes, itemsPerPiece: { _ in itemsPerPiece }) else { return [] }
            return cut.pieces.map { YAMLFile.items(of: $0, in: bytes)?.count == $0.items }
        }
    }

    static func paper(_ i: Int, title: String? = nil, extra: [String] = []) -> String {
        (["- id: p\(i)", "  title: \(title ?? "\"Paper \(i)\"")", "  authors:", "    - name: Author \(i)", "  presentation: poster"] + extra)
            .joined(separator: "\n") + "\n"
    }

    static func papers(_ range: ClosedRange<Int>) -> String { range.map { paper($0) }.joined() }

    /// The pieces are not checked as UTF-8 before libyaml reads them:
    /// bytes that are not UTF-8 anywhere (a title in a later piece, a
    /// comment, the end of the file) get the one-thread reader's message,
    /// and a byte-order mark is dropped as that reader drops it.
    @Test func bytesThatAreNotUTF8AreReportedAsTheOneThreadReaderDoes() {
        let invalid: [Data] = [
            Data(Self.papers(1...4).utf8) + Data(Self.paper(5, title: "\"Bad \u{1}\"").utf8.map { $0 == 1 ? 0xC3 : $0 }) + Data(Self.papers(6...7).utf8),
            Data(Self.papers(1...5).utf8) + Data("# ".utf8) + Data([0xED, 0xA0, 0x80]) + Data("\n".utf8) + Data(Self.papers(6...6).utf8),
            Data(Self.papers(1...6).utf8) + Data([0xE2, 0x82]),
            Data(Self.papers(1...3).utf8) + Data(Self.paper(4, title: "\"\u{1}\"").utf8.map { $0 == 1 ? 0xFF : $0 }) + Data(Self.papers(5...6).utf8),
        ]
        for data in invalid {
            let pieces = Self.read(data: data, itemsPerPiece: 2)
            let oneThread = Self.read(data: data, itemsPerPiece: nil)
            #expect(pieces.messages == oneThread.messages)
            #expect(pieces.messages.contains { $0.contains("not UTF-8") }, "\(pieces.messages)")
        }
        let good = Data(Self.papers(1...6).utf8)
        let marked = Self.read(data: Data([0xEF, 0xBB, 0xBF]) + good, itemsPerPiece: 2)
        #expect(marked.papers == Self.read(data: good, itemsPerPiece: nil).papers)
        #expect(marked.papers.count == 6 && marked.messages.isEmpty)
    }

    @Test func whereTheTextIsCut() throws {
        let text = "# papers\n\n" + Self.papers(1...5)
        let cut = try #require(Array(text.utf8).withUnsafeBufferPointer { YAMLListPieces($0, itemsPerPiece: { _ in 2 }) })
        #expect(cut.pieces.map(\.firstItem) == [0, 2, 4])
        #expect(cut.pieces.map(\.items) == [2, 2, 1])
        #expect(cut.pieces.map(\.linesBefore) == [0, 12, 22])
        #expect(cut.pieces.first?.bytes.lowerBound == 0)
        #expect(cut.pieces.last?.bytes.upperBound == text.utf8.count)
    }

    @Test(arguments: [
        "papers:\n" + papers(1...5),               // the list is not the root
        "---\n" + papers(1...5),                   // a document marker
        papers(1...3) + "...\n" + papers(4...5),   // a document end
        "%YAML 1.1\n---\n" + papers(1...5),        // a directive
        papers(1...4).replacingOccurrences(of: "\n", with: "\r") + "\r", // lone CR
        papers(1...4).replacingOccurrences(of: "Paper 2", with: "Paper\u{85}2"),    // NEL
        papers(1...4).replacingOccurrences(of: "Paper 2", with: "Paper\u{2028}2"),  // LS
        "  " + papers(1...5),                      // an indented list
        papers(1...2),                             // one piece only
    ])
    func textsLeftToTheOneThreadReader(text: String) {
        let cut = Array(text.utf8).withUnsafeBufferPointer { YAMLListPieces($0, itemsPerPiece: { _ in 2 }) }
        #expect(cut == nil)
        Self.expectAgreement(text)
    }

    @Test func aQuotedValueOverALineThatLooksLikeAnItem() {
        // At a cut (item 3 starts a piece) and inside a piece (item 6).
        for at in [3, 6] {
            let text = (1...9).map { Self.paper($0, title: $0 == at ? "\"Paper \($0)\n- continued\"" : nil) }.joined()
            let read = Self.expectAgreement(text)
            #expect(read.papers.count == 9)
            #expect(read.papers[at - 1].title.source == "Paper \(at) - continued")
            // The guess is wrong, and parsing finds it out.
            #expect(Self.parsedPieces(text, itemsPerPiece: 2).contains(false))
        }
    }

    @Test func messagesKeepTheirLinesInEveryPiece() {
        var text = "# comment\n\n"
        for i in 1...12 {
            text += Self.paper(i, extra: i % 5 == 0 ? ["  venue: somewhere"] : [])
            if i == 7 { text += "# between items\n\n" }
        }
        let read = Self.expectAgreement(text, itemsPerPiece: 3)
        #expect(read.messages.count == 2)
        #expect(read.messages.allSatisfy { $0.contains("venue") })
        #expect(read.messages.first?.hasPrefix("papers.yaml:28:3:") == true)
        #expect(read.messages.last?.hasPrefix("papers.yaml:56:3:") == true)
        #expect(Self.parsedPieces(text, itemsPerPiece: 3) == [true, true, true, true])
    }

    @Test func windowsLineBreaks() {
        let text = Self.papers(1...9).replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "p8\r\n", with: "p8\r\n  unknown: 1\r\n")
        let read = Self.expectAgreement(text)
        #expect(Self.parsedPieces(text, itemsPerPiece: 2) == [true, true, true, true, true])
        #expect(read.papers.count == 9)
        #expect(read.messages.count == 1)
        #expect(read.messages.first?.hasPrefix("papers.yaml:37:3:") == true)
    }

    @Test func anAliasToAnEarlierPiece() {
        var text = Self.papers(1...9)
        text = text.replacingOccurrences(of: "    - name: Author 1\n", with: "    - &ana {name: Ana Author, affiliation: Uni A}\n")
        text = text.replacingOccurrences(of: "    - name: Author 8\n", with: "    - *ana\n")
        let read = Self.expectAgreement(text)
        #expect(read.papers[7].authors.first?.affiliation == "Uni A")
    }

    @Test func errorsInALatePiece() {
        let unterminated = Self.papers(1...8) + "- id: p9\n  title: \"unterminated\n"
        #expect(Self.expectAgreement(unterminated).messages.count == 1)
        let duplicate = Self.papers(1...6) + Self.paper(7, extra: ["  title: \"Again\""]) + Self.papers(8...9)
        #expect(Self.expectAgreement(duplicate).messages == ["papers.yaml:32:3: error: duplicate key 'title' in one mapping"])
        let stray = Self.papers(1...6) + "title: stray\n" + Self.papers(7...9)
        #expect(Self.expectAgreement(stray).messages.count == 1)
        let emptyItem = Self.papers(1...4) + "-\n" + Self.papers(5...9)
        #expect(Self.expectAgreement(emptyItem).papers.count == 9)
    }

    /// Random lists with the hazards above, cut into pieces of 1 to 4
    /// items: both readers agree on every one.
    @Test func randomListsAgree() {
        var random = SplitMix64(seed: 18)
        let hazards: [(Int) -> String] = [
            { Self.paper($0) },
            { Self.paper($0, title: "\"Paper \($0)\n- item-like line\"") },
            { Self.paper($0, title: "'Paper \($0)\n- single quoted'") },
            { Self.paper($0, extra: ["  keywords: [a,", "- b]"]) },
            { Self.paper($0, extra: ["  abstract: |", "    - a list in the abstract", "", "    text"]) },
            { Self.paper($0) + "# a comment\n" },
            { Self.paper($0, extra: ["  unknown: \($0)"]) },
            { _ in "-\n" },
            { Self.paper($0).replacingOccurrences(of: "poster", with: "oral") },
        ]
        for _ in 0..<60 {
            let count = 1 + Int(random.next() % 14)
            var text = (1...count).map { hazards[Int(random.next() % UInt64(hazards.count))]($0) }.joined()
            if random.next() % 4 == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            Self.expectAgreement(text, itemsPerPiece: 1 + Int(random.next() % 4))
        }
    }
}

extension YAMLListPieces: Equatable {
    public static func == (a: Self, b: Self) -> Bool {
        a.pieces.map { [$0.bytes.lowerBound, $0.bytes.upperBound, $0.linesBefore, $0.firstItem, $0.items] }
            == b.pieces.map { [$0.bytes.lowerBound, $0.bytes.upperBound, $0.linesBefore, $0.firstItem, $0.items] }
    }
}
