import Foundation

/// A workshop whose every text field is hostile to feeds: XML and HTML
/// metacharacters, literal entities and end tags, TeX math, non-Latin
/// scripts, emoji, relative links. Written into a temporary folder.
enum HostileFeedWorkshop {
    static let url = "https://Example.ORG/dlde/2024"
    static let title = #"Deep <Learning> & "Differential" Equations — 微分方程式 🧮 $\nabla u$"#
    static let shortTitle = "DL&DE"
    static var feedTitle: String { "\(shortTitle) 2024: \(title)" }

    /// Subjects, by announcement id.
    static let subjects: [(id: String, kind: String, date: String, subject: String)] = [
        ("cfp", "call-for-papers", "2023-11-01T09:00:00+05:30",
         #"Call for papers: Deep & Shallow <Networks> — "quoted" & 'single' ]]> done"#),
        ("accepted", "accepted-papers", "2024-01-15T12:00:00Z",
         #"Accepted: $\mathcal{O}(n)$ solvers, 50% faster_than {before} \input{x}"#),
        ("program", "program", "2024-02-01T08:00:00-08:00",
         "数学と深層学習 · Математика · התכנית · التعلم العميق · 🚀🎉 emoji"),
        ("day", "day-of", "2024-03-10T06:00:00+05:30",
         "Today </script><script>alert(1)</script> starts"),
        ("slides", "recordings", "2024-03-20T10:00:00+01:00",
         "Recordings &amp; slides &lt;here&gt; (literal entities)"),
        ("news", "news", "2024-03-25T10:00:00+01:00",
         "Tab\tand  spaces, CJK 한국어, math $a<b>c$"),
    ]

    static let paperTitle = #"Solving $\mathcal{O}(n^2)$ PDEs with <b>Transformers</b> & "Friends" — Ünïcödé 中文 עברית 🚀"#

    /// `text` as a YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t") + "\""
    }

    static func workshopYAML(extraAnnouncements: String = "") -> String {
        var yaml = """
            id: hostile-2024
            title: \(quoted(title))
            short_title: \(quoted(shortTitle))
            venue: "Conference & <Workshop> 2024"
            year: 2024
            url: "\(url)"
            location: "Zürich & 東京"
            timezone: Asia/Kolkata
            extra_timezones: [UTC, Pacific/Chatham]
            date: 2024-03-10
            contact:
              - name: "Zoë O'Brien-Ñúñez"
                email: zoe@example.org
            call_for_papers: |
              Submit to [the portal](submit/) by the deadline; see [dates](#dates).
            important_dates:
              - label: "Deadline <AoE> & more"
                at: "2023-12-01T23:59:00-12:00"
              - label: Workshop
                at: 2024-03-10
            speakers:
              - id: taro
                name: {given: 太郎, family: 山田}
                affiliation: "東京大学 & <Lab>"
            organizers:
              - name: "Zoë O'Brien-Ñúñez"
                url: "https://example.org/~zoe?a=1&b=2"
            schedule:
              - start: "09:00"
                kind: invited-talk
                title: "Keynote: $\\\\int_0^1 f$ & <more>"
                speaker: taro
              - start: "10:00"
                end: "10:30"
                kind: spotlights
                title: "Spotlights"
                papers: [paper.1_a]
                recording: "https://example.org/rec?id=1&t=2"
            announcements:

            """
        for item in subjects {
            yaml += """
                  - id: \(item.id)
                    date: "\(item.date)"
                    kind: \(item.kind)
                    subject: \(quoted(item.subject))

                """
            if item.kind != "news" {
                yaml += """
                        body: |
                          See [the slides](slides/talk.pdf), [the dates](#dates), <https://example.org/abs?x=1&y=2>
                          and ![logo](img/logo.png). Math $a<b$ & \\(x_i\\) and "quotes" 😀.

                    """
            }
        }
        return yaml + extraAnnouncements
    }

    static let papersYAML = """
        - id: paper.1_a
          title: \(quoted(paperTitle))
          authors:
            - name: "Zoë O'Brien-Ñúñez"
            - name: {given: 太郎, family: 山田}
          abstract: |
            We solve $\\mathcal{O}(n^2)$ things & <script>bad()</script> see [code](code/).
          presentation: spotlight
          pdf: "https://example.org/paper.pdf?a=1&b=2"
          openreview: "aB_c-1"
        """

    /// Writes the workshop into `folder/name` and returns that path.
    static func write(into folder: TemporaryFolder, name: String = "hostile", extraAnnouncements: String = "") -> String {
        folder.write("\(name)/workshop.yaml", workshopYAML(extraAnnouncements: extraAnnouncements))
        folder.write("\(name)/papers.yaml", papersYAML)
        return folder.url.appendingPathComponent(name).path
    }
}
