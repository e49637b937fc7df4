import Foundation
import Testing

/// Workshops with author and speaker addresses for the delivery tests.
enum MailWorkshops {
    static let synth: URL = TestPaths.binary.deletingLastPathComponent().appendingPathComponent("dlde-synth")

    /// A synthetic workshop of `papers` papers with addresses (every tenth
    /// paper has none) and the announcements `to-authors`, `to-speakers`.
    static func synthetic(papers: Int, in folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent("synth-\(papers)").path
        let result = Run.program(synth.path, ["--papers", String(papers), "--with-mail", "-o", path])
        try #require(result.status == 0, "dlde-synth: \(result.stderr)")
        return path
    }

    /// The bundled workshop with an address for two authors in three and
    /// an announcement `authors-notice` to the authors (and none to the
    /// speakers, who have no address in the bundled data).
    static func bundledWithAddresses(in folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent("dlde-2021-mail")
        try FileManager.default.copyItem(at: TestPaths.bundledWorkshop, to: path)
        let papersURL = path.appendingPathComponent("papers.yaml")
        var number = 0
        let papers = try String(contentsOf: papersURL, encoding: .utf8).components(separatedBy: "\n").map { line -> String in
            guard let match = line.firstMatch(of: #/^(\s+)- name: ".*"$/#) else { return line }
            number += 1
            return number % 3 == 0 ? line : line + "\n\(match.1)  email: \"author\(number)@authors.example.org\""
        }
        try #require(number > 10, "the bundled papers.yaml no longer lists authors as '- name: \"...\"'")
        try papers.joined(separator: "\n").write(to: papersURL, atomically: true, encoding: .utf8)
        let workshopURL = path.appendingPathComponent("workshop.yaml")
        let workshop = try String(contentsOf: workshopURL, encoding: .utf8)
        try #require(workshop.contains("\nannouncements:\n"))
        try workshop.replacingOccurrences(of: "\nannouncements:\n", with: """

            announcements:
              - id: authors-notice
                date: "2021-11-20T09:00:00-05:00"
                kind: program
                to: authors
                subject: "Your presentation at DLDE"
                body: "Please upload your poster by **December 1**."

            """).write(to: workshopURL, atomically: true, encoding: .utf8)
        return path.path
    }

    /// `workshop.json` of `workshop`, written by the tool.
    static func json(_ workshop: String, in folder: TemporaryFolder) throws -> String {
        let output = folder.url.appendingPathComponent("json-\(UUID().uuidString)").path
        let result = Run.tool(["json", "--workshop", workshop, "-o", output])
        try #require(result.status == 0, "\(result.stderr)")
        return output + "/workshop.json"
    }

    /// Runs `tests/check_personal_mail.py` on `files`.
    static func checkPersonal(json: String, announcement: String, files: [String]) -> RunResult {
        Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/check_personal_mail.py").path, json, announcement] + files)
    }

    /// The `.eml` files below `folder`, sorted.
    static func emlFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".eml") }.sorted().map { folder + "/" + $0 }
    }

    /// The Message-IDs in the delivery log of `output`.
    static func logged(_ output: String) -> [String] {
        let text = (try? String(contentsOfFile: output + "/delivery.log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
    }
}
