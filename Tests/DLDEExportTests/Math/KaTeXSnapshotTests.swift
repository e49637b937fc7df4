@testable import DLDEExport
import Foundation
import Testing

/// Node.js started from a start-up snapshot with KaTeX loaded
/// (`KaTeXSnapshot`): the same answers as KaTeX loaded by the script, made
/// once per Node.js and KaTeX, a snapshot Node.js refuses is replaced by the
/// script, and a Node.js without snapshots is asked once.
@Suite("Math: KaTeX start-up snapshot")
struct KaTeXSnapshotTests {
    /// Spans that convert, fail with a position, are refused, or are long.
    static let spans = [
        MathSource(tex: "\\frac{a}{b}", display: true),
        MathSource(tex: "\\mathcal{O}(n) + é", display: false),
        MathSource(tex: "a_b_c", display: false),
        MathSource(tex: "\\def\\x{1}", display: false),
        MathSource(tex: "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", display: true),
        MathSource(tex: String(repeating: "x+", count: 2500), display: false),
    ]

    /// A fresh cache folder, removed after `body`.
    static func withCacheFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dlde-snapshot-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    static func blobs(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".blob") }.sorted()
    }

    @Test func aSnapshotIsMadeOnceAndAnswersAsTheScriptDoes() throws {
        let real = try MathMLConverterTests.converter()
        try Self.withCacheFolder { folder in
            let cached = KaTeXConverter(node: real.node, katex: real.katex, cacheFolder: folder)
            let blob = try #require(KaTeXSnapshot.blob(node: real.node, katex: real.katex, in: folder), "Node.js made no snapshot")
            let made = try FileManager.default.attributesOfItem(atPath: blob)[.modificationDate] as? Date
            let started = try cached.started()
            #expect(started.process?.snapshot == blob)
            let fromSnapshot = try started.convert(Self.spans)
            let fromScript = try KaTeXConverter(node: real.node, katex: real.katex).convert(Self.spans)
            #expect(fromSnapshot == fromScript)
            guard case .mathml = fromSnapshot[0], case .failed = fromSnapshot[2], case .failed(let refused, _) = fromSnapshot[3] else {
                Issue.record("expected MathML, then failures: \(fromSnapshot)")
                return
            }
            #expect(refused.contains("not allowed"), "\(refused)")
            // Made once: the next run finds it.
            #expect(KaTeXSnapshot.blob(node: real.node, katex: real.katex, in: folder) == blob)
            #expect(try FileManager.default.attributesOfItem(atPath: blob)[.modificationDate] as? Date == made)
            #expect(Self.blobs(in: folder).count == 1)
        }
    }

    @Test func aSnapshotNodeRefusesGivesWayToTheScript() throws {
        let real = try MathMLConverterTests.converter()
        try Self.withCacheFolder { folder in
            let blob = try #require(KaTeXSnapshot.blob(node: real.node, katex: real.katex, in: folder))
            // As if another build of Node.js had made it.
            try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: blob))
            let cached = KaTeXConverter(node: real.node, katex: real.katex, cacheFolder: folder)
            let answers = try cached.started().convert(Self.spans)
            #expect(answers == (try KaTeXConverter(node: real.node, katex: real.katex).convert(Self.spans)))
            #expect(!FileManager.default.fileExists(atPath: blob), "the refused snapshot is gone, to be made again")
        }
    }

    @Test func aNewKaTeXGetsANewSnapshotAndAWeekOldOneGoes() throws {
        let real = try MathMLConverterTests.converter()
        let main = try #require(KaTeXSnapshot.mainFile(of: real.katex))
        try Self.withCacheFolder { folder in
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let katex = folder + "/katex.js"
            try FileManager.default.copyItem(atPath: main, toPath: katex)
            let first = try #require(KaTeXSnapshot.blob(node: real.node, katex: katex, in: folder))
            // Made more than a week ago.
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-KaTeXSnapshot.staleAfter - 60)], ofItemAtPath: first)
            // An upgrade: the same path, another modification time.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: katex)
            let second = try #require(KaTeXSnapshot.blob(node: real.node, katex: katex, in: folder))
            #expect(first != second)
            #expect(Self.blobs(in: folder) == [(second as NSString).lastPathComponent])
            let answers = try KaTeXConverter(node: real.node, katex: katex, cacheFolder: folder).started().convert(Self.spans)
            #expect(answers == (try KaTeXConverter(node: real.node, katex: real.katex).convert(Self.spans)))
            // A recent one stays (a user switching between two Node.js or KaTeX).
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 2_000_000)], ofItemAtPath: katex)
            let third = try #require(KaTeXSnapshot.blob(node: real.node, katex: katex, in: folder))
            #expect(Self.blobs(in: folder) == [second, third].map { ($0 as NSString).lastPathComponent }.sorted())
        }
    }

    @Test func aNodeWithoutSnapshotsIsAskedOnce() throws {
        let real = try MathMLConverterTests.converter()
        try Self.withCacheFolder { folder in
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // A Node.js that rejects --build-snapshot (as before 18.8), and notes each time it is asked.
            let asked = folder + "/asked"
            let node = folder + "/old-node"
            let script = """
                #!/bin/sh
                for argument in "$@"; do
                  if [ "$argument" = --build-snapshot ]; then echo asked >> '\(asked)'; echo "bad option: --build-snapshot" >&2; exit 9; fi
                done
                exec '\(real.node)' "$@"
                """
            try Data(script.utf8).write(to: URL(fileURLWithPath: node))
            #expect(chmod(node, 0o755) == 0)
            #expect(KaTeXSnapshot.blob(node: node, katex: real.katex, in: folder) == nil)
            #expect(KaTeXSnapshot.blob(node: node, katex: real.katex, in: folder) == nil)
            #expect(try String(contentsOfFile: asked, encoding: .utf8) == "asked\n")
            // The converter still works, with the script.
            let started = try KaTeXConverter(node: node, katex: real.katex, cacheFolder: folder).started()
            #expect(started.process?.snapshot == nil)
            #expect(try started.convert(Self.spans) == (try KaTeXConverter(node: real.node, katex: real.katex).convert(Self.spans)))
        }
    }

    @Test func withoutACacheFolderThereIsNoSnapshot() throws {
        let real = try MathMLConverterTests.converter()
        #expect(KaTeXSnapshot.folder(environment: [:]) == nil)
        #expect(KaTeXSnapshot.folder(environment: ["HOME": "/home/a"]) == "/home/a/.cache/dlde-export")
        #expect(KaTeXSnapshot.folder(environment: ["HOME": "/home/a", "XDG_CACHE_HOME": "/c"]) == "/c/dlde-export")
        let started = try KaTeXConverter(node: real.node, katex: real.katex).started()
        #expect(started.process?.snapshot == nil)
        started.cancel()
        // A folder that cannot be made: no snapshot, no error.
        #expect(KaTeXSnapshot.blob(node: real.node, katex: real.katex, in: "/proc/dlde-export") == nil)
    }
}
