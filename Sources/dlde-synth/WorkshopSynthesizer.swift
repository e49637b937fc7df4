import Yams

/// Builds a synthetic workshop of `paperCount` papers: `workshop.yaml` and
/// `papers.yaml` texts, the same for the same seed.
struct WorkshopSynthesizer {
    var paperCount: Int
    var seed: UInt64
    /// Share of abstracts, in percent, that end with a bare URL; which ones
    /// depends on the index only, so the rest of the workshop is the same
    /// for any share.
    var bareURLPercent = 0

    /// Whether paper `index`'s abstract ends with a bare URL.
    func endsWithBareURL(_ index: Int) -> Bool {
        (index * 37 + 11) % 100 < bareURLPercent
    }

    /// Author and speaker addresses and two personal announcements
    /// (`to: authors`, `to: speakers`); every tenth paper has no address.
    var withMail = false

    /// `a<paper>.<author>@authors.synth.example.org` for some authors of
    /// the paper at `index`, nil for the others and every tenth paper.
    func email(paper index: Int, author: Int, random: inout SeededRandom) -> String? {
        guard withMail, index % 10 != 9, author == 0 || random.chance(0.5) else { return nil }
        return "a\(index + 1).\(author + 1)@authors.synth.example.org"
    }

    /// Papers 0-3 are contributed talks, 4-11 spotlights, the rest posters.
    func presentation(of index: Int) -> String {
        switch index {
        case 0..<4: return "contributed-talk"
        case 4..<12: return "spotlight"
        default: return "poster"
        }
    }

    func paperID(_ index: Int) -> String { "synth-\(index + 1)" }

    /// `papers.yaml`, and every abstract concatenated as one Markdown text
    /// (the same input for the cmark-gfm baseline of the benchmarks).
    func papersYAML() throws -> (yaml: String, abstracts: String) {
        var random = SeededRandom(seed: seed)
        var abstracts = ""
        var papers: [Node] = []
        papers.reserveCapacity(paperCount)
        for index in 0..<paperCount {
            var pairs: [(Node, Node)] = [
                k("id", Node(paperID(index))),
                k("title", Node(TextPool.title(&random))),
            ]
            var authors: [Node] = []
            for author in 0..<random.int(1...12) {
                let name = NamePool.author(&random)
                let nameNode: Node
                if let family = name.family {
                    nameNode = .mapping(.init([k("given", Node(name.given ?? "")), k("family", Node(family))]))
                } else {
                    nameNode = Node(name.display)
                }
                var person = [k("name", nameNode), k("affiliation", Node(random.pick(NamePool.affiliations)))]
                if withMail, let address = email(paper: index, author: author, random: &random) { person.append(k("email", Node(address))) }
                authors.append(.mapping(.init(person)))
            }
            pairs.append(k("authors", .sequence(.init(authors))))
            var abstract = TextPool.abstract(&random)
            if endsWithBareURL(index) { abstract += "\n\nCode: https://github.com/example/repo_\(index + 1)" }
            abstracts += abstract + "\n"
            pairs.append(k("abstract", Node(abstract)))
            pairs.append(k("keywords", .sequence(.init([Node(random.pick(TextPool.nouns)), Node(random.pick(TextPool.nouns))]))))
            pairs.append(k("presentation", Node(presentation(of: index))))
            pairs.append(k("pdf", Node("https://openreview.net/pdf?id=synth\(index + 1)")))
            pairs.append(k("openreview", Node("synth\(index + 1)")))
            if random.chance(0.4) { pairs.append(k("code", Node("https://github.com/example/synth-\(index + 1)"))) }
            papers.append(.mapping(.init(pairs)))
        }
        return (try Yams.serialize(node: .sequence(.init(papers)), allowUnicode: true), abstracts)
    }

    func workshopYAML() throws -> String {
        let talks = (0..<min(4, paperCount)).map(paperID)
        let spotlights = (4..<min(12, max(4, paperCount))).map(paperID)
        let posters = (min(12, paperCount)..<paperCount).map(paperID)
        let half = posters.count / 2
        func slot(_ start: String, _ kind: String, _ title: String, speaker: String? = nil, papers: [String] = [], end: String? = nil) -> Node {
            var pairs: [(Node, Node)] = [k("start", Node(start, Tag(.str), .doubleQuoted)), k("kind", Node(kind)), k("title", Node(title))]
            if let speaker { pairs.append(k("speaker", Node(speaker))) }
            if !papers.isEmpty { pairs.append(k("papers", .sequence(.init(papers.map { Node($0) })))) }
            if let end { pairs.append(k("end", Node(end, Tag(.str), .doubleQuoted))) }
            return .mapping(.init(pairs))
        }
        let schedule: [Node] = [
            slot("08:00", "opening", "Opening remarks"),
            slot("08:15", "invited-talk", "Invited talk 1", speaker: "speaker-1"),
            slot("09:00", "contributed-talk", "Contributed talks 1", papers: Array(talks.prefix(2))),
            slot("09:30", "spotlights", "Spotlights 1", papers: Array(spotlights.prefix(4))),
            slot("09:50", "poster-session", "Poster session 1", papers: Array(posters.prefix(half))),
            slot("11:00", "lunch", "Lunch break"),
            slot("12:00", "invited-talk", "Invited talk 2", speaker: "speaker-2"),
            slot("12:45", "contributed-talk", "Contributed talks 2", papers: Array(talks.dropFirst(2))),
            slot("13:15", "spotlights", "Spotlights 2", papers: Array(spotlights.dropFirst(4))),
            slot("13:35", "poster-session", "Poster session 2", papers: Array(posters.dropFirst(half))),
            slot("15:00", "closing", "Closing remarks", end: "15:15"),
        ]
        let speakers: [Node] = (1...2).map { number in
            var pairs = [
                k("id", Node("speaker-\(number)")), k("name", Node("Speaker Number\(number)")),
                k("affiliation", Node("Synthetic Institute")), k("bio", Node("Works on *synthetic* $\\mathcal{O}(n)$ things.")),
            ]
            if withMail { pairs.append(k("email", Node("speaker\(number)@speakers.synth.example.org"))) }
            return .mapping(.init(pairs))
        }
        var announcements: [Node] = [
            ("cfp", "2025-02-01T09:00:00-05:00", "call-for-papers"), ("reminder", "2025-03-20T09:00:00-04:00", "deadline-reminder"),
            ("accepted", "2025-05-01T09:00:00-04:00", "accepted-papers"), ("program", "2025-06-01T09:00:00-04:00", "program"),
            ("today", "2025-07-10T07:00:00-04:00", "day-of"), ("recordings", "2025-07-20T09:00:00-04:00", "recordings"),
        ].map { id, date, kind in
            .mapping(.init([
                k("id", Node(id)), k("date", Node(date, Tag(.str), .doubleQuoted)), k("kind", Node(kind)),
                k("subject", Node("Synthetic \(kind)")), k("body", Node("Body of the *\(kind)* message, with [a link](https://synth.example.org/\(id)).")),
            ]))
        }
        if withMail {
            announcements += [("authors", "to-authors"), ("speakers", "to-speakers")].map { to, id in
                .mapping(.init([
                    k("id", Node(id)), k("date", Node("2025-06-15T09:00:00-04:00", Tag(.str), .doubleQuoted)), k("kind", Node("program")),
                    k("to", Node(to)), k("subject", Node("Your part in the synthetic workshop")),
                    k("body", Node("Please upload your poster by **1 July**.")),
                ]))
            }
        }
        let root: Node = .mapping(.init([
            k("id", Node("synth-\(paperCount)")), k("title", Node("A Synthetic Workshop of \(paperCount) Papers")),
            k("short_title", Node("SYNTH")), k("venue", Node("Benchmark Conference 2025 Workshop")), k("year", Node("2025")),
            k("url", Node("https://synth.example.org/")), k("location", Node("Online")),
            k("timezone", Node("America/New_York")),
            k("extra_timezones", .sequence(.init([Node("UTC"), Node("Europe/Paris"), Node("Asia/Tokyo")]))),
            k("date", Node("2025-07-10")), k("mailing_list", Node("announce@synth.example.org")),
            k("contact", .sequence(.init([.mapping(.init([k("name", Node("Synth Organizer")), k("email", Node("chairs@synth.example.org"))]))]))),
            k("introduction", Node("A workshop made up for benchmarks, with **Markdown** and $\\sum_i x_i$.")),
            k("call_for_papers", Node("Submit:\n\n- 4 pages\n- anonymous\n")),
            k("important_dates", .sequence(.init([.mapping(.init([k("label", Node("Deadline")), k("at", Node("2025-03-27T23:59:00-12:00", Tag(.str), .doubleQuoted))]))]))),
            k("speakers", .sequence(.init(speakers))),
            k("organizers", .sequence(.init([.mapping(.init([k("name", Node("Synth Organizer")), k("affiliation", Node("Synthetic Institute"))]))]))),
            k("sponsors", .sequence(.init([.mapping(.init([k("name", Node("ACME")), k("url", Node("https://acme.example.org/"))]))]))),
            k("schedule", .sequence(.init(schedule))),
            k("announcements", .sequence(.init(announcements))),
        ]))
        return try Yams.serialize(node: root, allowUnicode: true)
    }
}

/// A mapping entry with a plain key.
private func k(_ key: String, _ value: Node) -> (Node, Node) {
    (Node(key), value)
}
