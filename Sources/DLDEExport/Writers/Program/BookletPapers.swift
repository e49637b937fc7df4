/// The booklet's papers for one target: each paper's record and, for each,
/// the sessions presenting it. Built once per run for HTML and shared by
/// `program.html` and the site's paper pages (10,000 records and their
/// sessions are 15 MB), which only read it.
struct BookletPapers: @unchecked Sendable {
    let schedule: ScheduleContext
    let papers: PaperContext

    init(workshop: Workshop, target: ProgramTarget, view: WorkshopView) {
        schedule = ScheduleContext(workshop: workshop, target: target, view: view)
        papers = PaperContext(workshop: workshop, view: view, target: target, sessions: schedule.sessionsByPaper)
    }
}
