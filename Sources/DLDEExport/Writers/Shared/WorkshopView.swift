import Foundation

/// The workshop as every writer shows it, made once per run from the checked
/// model: the schedule with its zones and times (`ScheduleView`), each
/// paper's byline, presentation label and links, each important date's
/// deadline and wording, the workshop's date as words and the host its ids
/// are made from. Writers format what it holds; none derives these again.
///
/// `Export.run` builds it once and hands it to every writer through
/// `WriterContext.view(of:)`; a writer run on its own builds its own.
struct WorkshopView: Sendable {
    /// Every paper of the model, in the model's order.
    let papers: [PaperView]
    let schedule: ScheduleView
    let importantDates: [DateView]
    /// The workshop's date: `Tuesday, 14 December 2021`.
    let day: String
    /// The workshop's host, lower-case (`dlde.github.io`; `localhost` when
    /// the URL has none): the right side of calendar UIDs and Message-IDs
    /// and the authority of the feeds' `tag:` ids.
    let host: String
    private let paperPositions: [String: Int]
    private let index: Lazy<[AuthorIndex.Group]>
    private let presenting: Lazy<[String: [Int]]>

    /// The author index of the booklet's papers (`AuthorIndex`), made
    /// when first asked for (by program.html, program.tex and the site's
    /// home page alike).
    var authorIndex: [AuthorIndex.Group] { index.value }

    /// The indices of the slots of the model's schedule presenting paper
    /// `id`, in schedule order, each once (found in one pass over the
    /// schedule, when first asked for: a poster session can present
    /// thousands of papers, and every paper's page and mail asks).
    func slotIndices(presenting id: String) -> [Int] {
        presenting.value[id] ?? []
    }

    init(_ workshop: Workshop) {
        // Bylines and links on every core (10,000 papers in a large run).
        papers = Parallel.mapChunks(workshop.papers, minimumChunk: 256) { $0.map(PaperView.init) }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(papers.count)
        for (position, paper) in workshop.papers.enumerated() where positions[paper.id] == nil {
            positions[paper.id] = position
        }
        paperPositions = positions
        let papers = papers
        schedule = ScheduleView(workshop) { id in positions[id].map { papers[$0] } }
        importantDates = workshop.importantDates.map(DateView.init)
        day = DateWording.day(workshop.date)
        host = Self.host(of: workshop.url)
        index = Lazy { AuthorIndex.groups(for: PaperContext.numbered(papers)) }
        let slots = workshop.schedule
        presenting = Lazy {
            var presenting: [String: [Int]] = [:]
            for (index, slot) in slots.enumerated() {
                for id in Set(slot.papers) { presenting[id, default: []].append(index) }
            }
            return presenting
        }
    }

    /// The host of `url`, lower-case; `localhost` when it has none (the
    /// checker requires one).
    static func host(of url: String) -> String {
        (URL(string: url)?.host ?? "localhost").lowercased()
    }

    /// The view of paper `id`, nil when the model has none.
    func paper(id: String) -> PaperView? {
        paperPositions[id].map { papers[$0] }
    }

    /// The view of `paper` (made afresh for a paper the model does not hold,
    /// such as a template probe's).
    func view(of paper: Paper) -> PaperView {
        if let known = self.paper(id: paper.id), known.paper == paper { return known }
        return PaperView(paper)
    }
}

/// A paper as every format shows it. A class: writers hand views around by
/// the ten thousand, and a copy is one retain.
final class PaperView: Sendable {
    let paper: Paper
    /// The authors' names: `A, B, and C` (`Byline`).
    let byline: String
    /// `Contributed talk`, `Spotlight`, `Poster`.
    let label: String
    /// PDF, OpenReview forum (encoded) and code.
    let links: PaperLinks

    init(_ paper: Paper) {
        self.paper = paper
        byline = Byline.authors(paper.authors)
        label = paper.presentation.label
        links = PaperLinks(paper)
    }
}

/// An important date as every format shows it.
struct DateView: Sendable {
    let label: String
    let at: ImportantDate.At
    /// The instant it stands for: a day ends at midnight anywhere on Earth.
    let deadline: Date
    /// `Friday, 17 September 2021, 23:59 UTC-07:00` (`DateWording`).
    let wording: String

    init(_ date: ImportantDate) {
        label = date.label
        at = date.at
        deadline = DateWording.deadline(date.at)
        wording = DateWording.importantDate(date.at)
    }
}
