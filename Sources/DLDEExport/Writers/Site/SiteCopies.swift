/// Inside `all`, the booklet, feed, calendar and BibTeX writers run once and
/// each of their files is written twice: where the writer puts it and
/// under `site/` (the same bytes, not made again; the PDF is compiled once).
struct SiteCopies: OutputWriter {
    let writer: any OutputWriter

    var command: String { writer.command }
    var jobWeight: Int { writer.jobWeight }
    var rendersLaTeX: Bool { writer.rendersLaTeX }

    func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        Self.withCopies(try writer.files(for: workshop, context: context))
    }

    func jobs(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [WriterJob] {
        try writer.jobs(for: workshop, context: context).map { job in job.mapped(name: job.name, Self.withCopies) }
    }

    /// `files` and, after them, their copies under `site/`, each staged
    /// from its original's bytes (a streamed booklet is made once).
    static func withCopies(_ files: [OutputFile]) -> [OutputFile] {
        files + files.filter(isPublished).map { file in
            var copy = inSite(file)
            copy.copyOf = file.path
            return copy
        }
    }

    /// `jobs` making their files under `site/` only (`site` run alone).
    static func moved(_ jobs: [WriterJob]) -> [WriterJob] {
        jobs.map { job in job.mapped(name: "site " + job.name) { files in files.filter(isPublished).map(inSite) } }
    }

    /// Everything but `program.tex` (the PDF's source, not for readers).
    static func isPublished(_ file: OutputFile) -> Bool {
        !file.path.hasSuffix(".tex")
    }

    static func inSite(_ file: OutputFile) -> OutputFile {
        var moved = file
        moved.path = SiteWriter.folder + file.path
        return moved
    }
}
