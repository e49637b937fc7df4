import Foundation
import Testing
@testable import DLDEExport

/// cmark-gfm parses run side by side (`CMarkParseLock`): on many threads at
/// once, every document must parse as it does alone. Before the lock, bare
/// URLs lost their links at random here.
@Suite("cmark-gfm parses on many threads")
struct ParallelParseTests {
    static let documents = [
        "See www.example.org and https://example.org/a_b, or write to someone@example.org.",
        "Plain text with colons: one: two: three, and words with w: wow, www, awkward.",
        "~~Struck~~ text, a single ~tilde, and a link https://strike.example.org/~user.",
        "| method | link |\n|---|---|\n| ODE | www.ode.example.org |\n| ~~SDE~~ | https://sde.example.org |\n",
        "| a | b |\n|---|---|\n| w: | http://table.example.org/w |\n",
        "A list:\n\n- www.one.example.org\n- https://two.example.org\n- ~~three~~\n",
        "Emphasis *around www.em.example.org* and _under https://under.example.org_.",
        "Nothing special here at all, only words and a full stop.",
        "Code `www.code.example.org` stays code; https://after.example.org does not.",
        "> Quoted www.quote.example.org\n> ~~and struck~~ https://quote.example.org/x\n",
    ]

    static func html(_ markdown: String) -> String {
        CMarkDocument(markdown: markdown).renderHTML()
    }

    @Test func onlyStrikethroughsTildeMakesADocumentParseAlone() {
        #expect(CMarkDocument.parseLock.bytesParsedAlone == [UInt8(ascii: "~")])
    }

    @Test func everyDocumentParsesOnManyThreadsAsItDoesAlone() {
        let expected = Self.documents.map(Self.html)
        #expect(expected[0].contains("<a href=\"http://www.example.org\">"))
        #expect(expected[2].contains("<del>Struck</del>"))
        #expect(expected[3].contains("<del>SDE</del>") && expected[3].contains("<a href=\"https://sde.example.org\">"))
        let rounds = 400
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            var wrong = 0
            for round in 0..<rounds {
                let index = (thread * 7 + round) % Self.documents.count
                if Self.html(Self.documents[index]) != expected[index] { wrong += 1 }
            }
            mismatches.withLock { $0 += wrong }
        }
        #expect(mismatches.withLock { $0 } == 0, "parses on 8 threads gave other HTML than alone")
    }
}

/// A value behind a lock, for the threads of one test.
private final class Mutex<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
