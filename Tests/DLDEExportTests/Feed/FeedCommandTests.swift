import Foundation
import Testing

@Suite("dlde-export feed through the binary")
struct FeedCommandTests {
    @Test func helpNamesThePaperEntriesFlag() {
        let run = Run.tool(["feed", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--paper-entries"))
    }

    @Test func standardOutputIsRefusedForTwoFiles() {
        let run = Run.tool(["feed", "--workshop", TestPaths.bundledWorkshop.path, "-o", "-"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("writes 2"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aHostThatCannotNameATagURIIsAnInputError() {
        let scratch = TemporaryFolder()
        let yaml = HostileFeedWorkshop.workshopYAML().replacingOccurrences(of: HostileFeedWorkshop.url, with: "http://[::1]:8080/ws/")
        scratch.write("ip/workshop.yaml", yaml)
        scratch.write("ip/papers.yaml", HostileFeedWorkshop.papersYAML)
        let output = scratch.url.appendingPathComponent("out").path
        let run = Run.tool(["feed", "--workshop", scratch.url.appendingPathComponent("ip").path, "-o", output])
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("tag: URI") && run.stderr.contains("[url]"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output + "/atom.xml"))
    }
}
