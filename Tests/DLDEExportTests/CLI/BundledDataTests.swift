import Foundation
import Testing

/// `check` and `json` on the bundled DLDE 2021 data, through the binary.
@Suite("Bundled DLDE 2021 data")
struct BundledDataTests {
    @Test func checkPassesWithTheWarningsTheDataDeserves() {
        let result = Run.tool(["check", "--workshop", TestPaths.bundledWorkshop.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains(": error: "))
        // Three invited talks and four contributed talks are not known.
        #expect(result.stderr.components(separatedBy: "invited talk with no speaker").count - 1 == 3)
        #expect(result.stderr.components(separatedBy: "contributed talk with no paper").count - 1 == 4)
        #expect(result.stderr.contains("speaker 'Neha Yadav' is in no slot"))
    }

    @Test func jsonShowsEverySeedFact() throws {
        let result = Run.tool(["json", "--workshop", TestPaths.bundledWorkshop.path, "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(json["title"] as? String == "The Symbiosis of Deep Learning and Differential Equations")
        #expect(json["short_title"] as? String == "DLDE")
        #expect(json["venue"] as? String == "NeurIPS 2021 Workshop")
        #expect(json["date"] as? String == "2021-12-14")
        #expect(json["timezone"] as? String == "America/New_York")
        #expect(json["location"] as? String == "Virtual Workshop")
        let contacts = try #require(json["contact"] as? [[String: Any]]).compactMap { $0["email"] as? String }
        #expect(contacts == ["luca.celotti@usherbrooke.ca", "poli@stanford.edu"])

        let speakers = try #require(json["speakers"] as? [[String: Any]])
        #expect(speakers.count == 4)
        #expect(speakers.compactMap { $0["affiliation"] as? String } == [
            "National Institute of Technology Hamirpur", "University of Vienna", "Princeton University", "Caltech and NVIDIA",
        ])
        #expect(speakers.allSatisfy { ($0["bio"] as? String)?.isEmpty == false && $0["url"] != nil })

        let organizers = try #require(json["organizers"] as? [[String: Any]])
        #expect(organizers.count == 9)
        let byName = Dictionary(uniqueKeysWithValues: organizers.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["Stefano Massaroli"]?["url"] == nil, "the seed's wrong link must not be kept")
        #expect(byName["Animesh Garg"]?["url"] == nil)
        #expect(byName["Patrick Kidger"]?["url"] as? String == "https://kidger.site/")
        #expect(byName["Jorge Ortiz"]?["affiliation"] as? String == "Rutgers, The State University of New Jersey")
        #expect(byName["Luca Herranz-Celotti"]?["affiliation"] as? String == "Université de Sherbrooke")

        let sponsors = try #require(json["sponsors"] as? [[String: Any]]).compactMap { $0["url"] as? String }
        #expect(sponsors == ["https://merl.com/", "https://deepmind.com/", "https://ai.google/", "https://iglu-chistera.github.io/", "http://uber.ai/"])

        let dates = try #require(json["important_dates"] as? [[String: Any]]).compactMap { $0["at"] as? String }
        #expect(dates == ["2021-09-17T23:59:00-07:00", "2021-10-17", "2021-12-14"])

        let schedule = try #require(json["schedule"] as? [[String: Any]])
        #expect(schedule.count == 18)
        // 08:00 EST is 13:00 UTC; lunch is 12:15 (not "AM"); the day ends 16:30 EST.
        #expect(schedule.first?["start_utc"] as? String == "2021-12-14T13:00:00Z")
        #expect(schedule.first { $0["kind"] as? String == "lunch" }?["start"] as? String == "12:15")
        #expect(schedule.first { $0["kind"] as? String == "lunch" }?["start_utc"] as? String == "2021-12-14T17:15:00Z")
        #expect(schedule.last?["end"] as? String == "16:30")
        #expect(schedule.last?["end_utc"] as? String == "2021-12-14T21:30:00Z")
        #expect(schedule.filter { $0["kind"] as? String == "invited-talk" }.count == 4)
        #expect(schedule.filter { $0["kind"] as? String == "contributed-talk" }.count == 4)

        let papers = try #require(json["papers"] as? [[String: Any]])
        #expect(papers.count == 5)
        #expect(papers.filter { $0["presentation"] as? String == "spotlight" }.count == 3)
        let announcements = try #require(json["announcements"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
        #expect(announcements == ["call-for-papers", "deadline-reminder", "accepted-papers", "program", "day-of", "recordings"])
    }

    @Test func jsonIsDeterministicAcrossZonesAndLocales() {
        let a = Run.tool(["json", "--workshop", TestPaths.bundledWorkshop.path, "-o", "-"], environment: ["TZ": "Asia/Tokyo", "LANG": "ja_JP.UTF-8"])
        let b = Run.tool(["json", "--workshop", TestPaths.bundledWorkshop.path, "-o", "-"], environment: ["TZ": "America/Los_Angeles", "LANG": "C"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdoutData == b.stdoutData)
    }
}
