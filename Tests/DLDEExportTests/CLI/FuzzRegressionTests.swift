import Foundation
import Testing

/// Every input that once crashed the fuzzer, and the seeds, replayed through
/// the same code path as the fuzzer (loader, checker, every writer).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let inputs: [String] = {
        let root = TestPaths.root.appendingPathComponent("fuzz")
        return ["seeds", "regressions"].flatMap { folder -> [String] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0).path }
        }
    }()

    @Test func replayingEveryInputDoesNotCrash() {
        #expect(Self.inputs.count >= 2)
        let replay = TestPaths.binary.deletingLastPathComponent().appendingPathComponent("dlde-fuzz").path
        let result = Run.program(replay, Self.inputs)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
