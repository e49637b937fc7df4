@testable import DLDEExport
import Foundation
import Testing

/// KaTeX's answers kept for a workshop (`MathAnswerCache`): a batch whose
/// spans were all answered before needs no Node.js and gets the same
/// results; new spans go to KaTeX and join the file; spans KaTeX rejects are
/// never kept; a file that cannot be read is as none; the file's name
/// changes with the workshop and the limits; `DLDE_MATH_CACHE=0` turns it off.
@Suite("Math: KaTeX's answers kept between runs")
struct MathAnswerCacheTests {
    static let spans = [
        MathSource(tex: "\\frac{a}{b}", display: true),
        MathSource(tex: "\\mathcal{O}(n) + é", display: false),
        MathSource(tex: "a_b_c", display: false),
        MathSource(tex: "\\def\\x{1}", display: false),
    ]

    /// A converter keeping its answers in a fresh cache folder (removed after `body`).
    static func withKept(_ body: (KaTeXConverter, String) throws -> Void) throws {
        let real = try MathMLConverterTests.converter()
        try KaTeXSnapshotTests.withCacheFolder { folder in
            var converter = KaTeXConverter(node: real.node, katex: real.katex, cacheFolder: folder)
            converter.answerCache = try #require(MathAnswerCache.path(converter: converter, files: ["/w/workshop.yaml", "/w/papers.yaml"], environment: [:]))
            try body(converter, folder)
        }
    }

    @Test func keptAnswersNeedNoNodeAndAreTheSame() throws {
        try Self.withKept { converter, _ in
            let first = try converter.convert(Self.spans)
            #expect(first == (try KaTeXConverter(node: converter.node, katex: converter.katex).convert(Self.spans)))
            // Only what converted is kept.
            let kept = MathAnswerCache.read(try #require(converter.answerCache))
            #expect(Set(kept.keys) == [Self.spans[0], Self.spans[1]])
            // A Node.js that cannot run: the converted spans still come back, the same.
            var withoutNode = converter
            withoutNode.node = "/nonexistent/node"
            #expect(try withoutNode.convert(Array(Self.spans[0...1])) == Array(first[0...1]))
            // A span KaTeX rejects is asked again (and needs Node.js).
            #expect(throws: ExportError.self) { try withoutNode.convert(Self.spans) }
        }
    }

    @Test func aNewSpanGoesToKaTeXAndJoinsTheFile() throws {
        try Self.withKept { converter, _ in
            _ = try converter.convert([Self.spans[0]])
            let more = [Self.spans[0], MathSource(tex: "x^2", display: false)]
            let answers = try converter.convert(more)
            #expect(answers == (try KaTeXConverter(node: converter.node, katex: converter.katex).convert(more)))
            #expect(Set(MathAnswerCache.read(try #require(converter.answerCache)).keys) == Set(more))
        }
    }

    @Test func aFileThatCannotBeReadIsAsNone() throws {
        try Self.withKept { converter, _ in
            let path = try #require(converter.answerCache)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
            #expect(MathAnswerCache.read(path).isEmpty)
            #expect(try converter.convert(Self.spans) == (try KaTeXConverter(node: converter.node, katex: converter.katex).convert(Self.spans)))
            #expect(MathAnswerCache.read(path).count == 2)
        }
    }

    @Test func theFileIsTheWorkshopsAndTheLimitsAndCanBeTurnedOff() throws {
        let real = try MathMLConverterTests.converter()
        var converter = KaTeXConverter(node: real.node, katex: real.katex, cacheFolder: "/c")
        let files = ["/w/workshop.yaml", "/w/papers.yaml"]
        let path = try #require(MathAnswerCache.path(converter: converter, files: files, environment: [:]))
        #expect(path.hasPrefix("/c/katex-") && path.hasSuffix(".answers"))
        #expect(MathAnswerCache.path(converter: converter, files: ["/w/./workshop.yaml", "/w/papers.yaml"], environment: [:]) == path)
        #expect(MathAnswerCache.path(converter: converter, files: ["/v/workshop.yaml", "/v/papers.yaml"], environment: [:]) != path)
        #expect(MathAnswerCache.path(converter: converter, files: files, environment: ["DLDE_MATH_CACHE": "0"]) == nil)
        converter.limits.maxExpand = 10
        #expect(MathAnswerCache.path(converter: converter, files: files, environment: [:]) != path)
        converter.cacheFolder = nil
        #expect(MathAnswerCache.path(converter: converter, files: files, environment: [:]) == nil)
    }
}
