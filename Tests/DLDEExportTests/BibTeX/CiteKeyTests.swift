import Foundation
import Testing
@testable import DLDEExport

@Suite("Cite keys in the ACL Anthology's scheme")
struct CiteKeyTests {
    static func paper(_ id: String, _ title: String, _ authors: [String]) -> Paper {
        Paper(
            id: id, title: InlineField(title),
            authors: authors.map { Person(id: Validators.slugify($0), name: PersonName($0)) },
            abstract: nil, keywords: [], presentation: .poster, pdf: nil, openreview: nil, code: nil
        )
    }

    @Test func oneTwoAndManyAuthors() {
        let keys = CiteKeys.assign([
            Self.paper("a", "The Neural ODE", ["Ricky T. Q. Chen"]),
            Self.paper("b", "On a Theory of Everything", ["Björn Lütjens", "Balthasar van der Pol"]),
            Self.paper("c", "GRAND: Graph Neural Diffusion", ["Benjamin P. Chamberlain", "James Rowbottom", "Maria Gorinova"]),
            Self.paper("d", "Łojasiewicz and $\\mathcal{O}(n)$ Schrödinger's Bridges", ["Stanisław Łojasiewicz"]),
            Self.paper("e", "数值方法", ["王小明"]),
        ], year: 2021, reserved: [])
        #expect(keys["a"] == "chen-2021-neural")
        #expect(keys["b"] == "lutjens-van-der-pol-2021-theory")
        #expect(keys["c"] == "chamberlain-etal-2021-grand")
        #expect(keys["d"] == "lojasiewicz-2021-lojasiewicz")
        #expect(keys["e"] == "wang-xiao-ming-2021-shu")
    }

    @Test func clashesTakeTheNextWordThenNumbers() {
        let keys = CiteKeys.assign([
            Self.paper("p3", "Neural Operators for Gases", ["Plato"]),
            Self.paper("p2", "Neural Operators for Fluids", ["Plato"]),
            Self.paper("p1", "Neural Operators for Solids", ["Plato"]),
            Self.paper("p4", "Neural", ["Plato"]),
        ], year: 2024, reserved: [])
        #expect(keys["p1"] == "plato-2024-neural")
        #expect(keys["p2"] == "plato-2024-neural-operators")
        #expect(keys["p3"] == "plato-2024-neural-2")
        #expect(keys["p4"] == "plato-2024-neural-3")
    }

    @Test func theWorkshopKeyIsNeverReused() {
        let keys = CiteKeys.assign([Self.paper("x", "2021", ["Dlde"])], year: 2021, reserved: ["dlde-2021-2021"])
        #expect(keys["x"] == "dlde-2021-2021-2")
    }

    @Test func keysDoNotDependOnTheInputOrder() {
        var random = SplitMix64(seed: 7)
        let titles = ["Neural ODEs", "Neural SDEs", "Neural Operators", "Neural ODEs Again", "Graph Diffusion"]
        let papers = (0..<300).map { index in
            Self.paper("p\(index)", titles[index % titles.count], index % 2 == 0 ? ["Ada Lovelace"] : ["Ada Lovelace", "Alan Turing", "Emmy Noether"])
        }
        let keys = CiteKeys.assign(papers, year: 2021, reserved: [])
        #expect(Set(keys.values).count == papers.count)
        for _ in 0..<5 {
            #expect(CiteKeys.assign(papers.shuffled(using: &random), year: 2021, reserved: []) == keys)
        }
    }

    @Test func tenThousandClashingPapersAreFast() {
        let papers = (0..<10_000).map { Self.paper(String(format: "p%05d", $0), "Neural Networks", ["Ada Lovelace"]) }
        let clock = ContinuousClock()
        var keys: [String: String] = [:]
        let elapsed = clock.measure { keys = CiteKeys.assign(papers, year: 2021, reserved: []) }
        #expect(Set(keys.values).count == 10_000)
        #expect(keys["p00000"] == "lovelace-2021-neural")
        #expect(keys["p00001"] == "lovelace-2021-neural-networks")
        #expect(keys["p00002"] == "lovelace-2021-neural-2")
        #expect(keys["p09999"] == "lovelace-2021-neural-9999")
        // Quadratic probing would take minutes here; linear work takes well
        // under a second even in a debug build.
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }
}
