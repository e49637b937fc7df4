extension Workshop {
    /// Lets go of the LaTeX of every Markdown field (`MarkdownLaTeX`), once
    /// the run's last job that reads it is done (`Export.run`); titles keep
    /// theirs. Reading a field's LaTeX afterwards makes it again. The
    /// fields are those of `forEachRenderedField`, read without the copies
    /// a mutating walk would make of every paper.
    func releaseLaTeX() {
        let fields = [introduction, callForPapers] + speakers.map(\.bio) + organizers.map(\.bio) + announcements.map(\.body)
        for field in fields { field?.rendered.releaseLaTeX() }
        for paper in papers {
            paper.abstract?.rendered.releaseLaTeX()
            for author in paper.authors { author.bio?.rendered.releaseLaTeX() }
        }
    }
}
