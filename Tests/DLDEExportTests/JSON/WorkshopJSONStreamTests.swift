import Foundation
import Testing
@testable import DLDEExport

/// `workshop.json` is written in chunks, one paper at a time: the text must
/// be the one value's serialisation (which Python's `json` reads in the
/// calendar and site tests), whatever the chunk size.
@Suite("workshop.json in chunks")
struct WorkshopJSONStreamTests {
    static func chunks(_ workshop: Workshop, size: Int) -> (text: [UInt8], count: Int) {
        var text: [UInt8] = []
        var count = 0
        let finished = WorkshopJSON.write(workshop, chunkSize: size) { chunk in
            text += chunk
            count += 1
            return true
        }
        #expect(finished)
        return (text, count)
    }

    @Test(arguments: [0, 1, 700, 1 << 16])
    func chunksMakeTheWholeValuesText(size: Int) throws {
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        #expect(workshop.papers.count > 1)
        let whole = WorkshopJSON.workshopObject(workshop).serialized()
        let (text, count) = Self.chunks(workshop, size: size)
        #expect(text == whole)
        #expect(Data(text) == WorkshopJSON.render(workshop))
        // A chunk per paper when they are small, one when they are large.
        #expect(size <= 1 ? count == workshop.papers.count + 1 : size > whole.count ? count == 1 : count > 1)
        _ = try JSONSerialization.jsonObject(with: Data(text))
    }

    @Test func aWorkshopWithoutPapers() throws {
        var workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        workshop.papers = []
        let (text, count) = Self.chunks(workshop, size: 1)
        #expect(text == WorkshopJSON.workshopObject(workshop).serialized())
        #expect(count == 1)
        #expect(String(decoding: text, as: UTF8.self).contains("\"papers\" : [],"))
    }

    @Test func stopsWhenTheFileCannotTakeMore() throws {
        let workshop = try WorkshopLoader.load(directory: TestPaths.bundledWorkshop.path).workshop
        var calls = 0
        let finished = WorkshopJSON.write(workshop, chunkSize: 1) { _ in
            calls += 1
            return false
        }
        #expect(!finished)
        #expect(calls == 1)
    }
}
