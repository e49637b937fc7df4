/// The body templates, checked: `email/<kind>.txt` for mailing-list
/// messages, `email/to-authors.txt` and `email/to-speakers.txt` for personal
/// ones. When loaded, every one of them is rendered with the synthetic
/// `ProbeWorkshop`, whose every field has a value and every list an item,
/// so an unknown field in any of them, used by the data or not, is an error
/// before anything is written or sent. Each real rendering is checked
/// against the probe again.
public struct AnnouncementTemplates {
    let library: TemplateLibrary
    let probes: [String: TemplateObject]

    /// Loads the templates (built-in, with the files of `overrides`) and
    /// checks every announcement template's fields; the error names the
    /// template file, line and column.
    public static func load(overrides: String?) throws(ExportError) -> AnnouncementTemplates {
        try load(library: TemplateLibrary.load(overrides: overrides))
    }

    /// Checks the announcement templates of an already loaded `library`.
    static func load(library: TemplateLibrary) throws(ExportError) -> AnnouncementTemplates {
        let probe = ProbeWorkshop.workshop()
        let shared = AnnouncementContext.Shared(probe, view: WorkshopView(probe))
        var probes: [String: TemplateObject] = [:]
        for announcement in probe.announcements {
            let context = AnnouncementContext(workshop: probe, announcement: announcement, shared: shared)
            let object: TemplateObject
            switch announcement.to {
            case .list: object = context.object()
            case .authors: object = context.object(for: .paper(probe.papers[0]))
            case .speakers: object = context.object(for: .speaker(probe.speakers[0]))
            }
            let name = name(announcement)
            _ = try library.render(name, object)
            probes[name] = object
        }
        let mail = library.names.filter { $0.hasPrefix("email/") }
        try DottedFieldCheck.check(mail, in: library, contexts: Array(probes.values))
        return AnnouncementTemplates(library: library, probes: probes)
    }

    /// The body of `announcement` from its context.
    func render(_ announcement: Announcement, _ root: TemplateObject) throws(ExportError) -> String {
        let name = Self.name(announcement)
        return try library.render(name, root, probes: probes[name].map { [$0] } ?? [])
    }

    /// `email/<kind>.txt`, `email/to-authors.txt` or `email/to-speakers.txt`.
    static func name(_ announcement: Announcement) -> String {
        switch announcement.to {
        case .list: return "email/\(announcement.kind.rawValue).txt"
        case .authors, .speakers: return "email/to-\(announcement.to.rawValue).txt"
        }
    }
}
