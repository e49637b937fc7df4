/// The body templates, `email/<kind>.txt`, checked: when loaded, every
/// kind's template is rendered with the synthetic `ProbeWorkshop`, whose
/// every field has a value and every list an item, so an unknown field in
/// any of them, used by the data or not, is an error before anything is
/// written. Each real rendering is checked against the probe again.
struct AnnouncementTemplates {
    let library: TemplateLibrary
    let probes: [AnnouncementKind: TemplateObject]

    static func load(overrides: String?) throws(ExportError) -> AnnouncementTemplates {
        let library = try TemplateLibrary.load(overrides: overrides)
        let probe = ProbeWorkshop.workshop()
        var probes: [AnnouncementKind: TemplateObject] = [:]
        for announcement in probe.announcements {
            let object = AnnouncementContext(workshop: probe, announcement: announcement).object()
            _ = try library.render(name(announcement.kind), object)
            probes[announcement.kind] = object
        }
        return AnnouncementTemplates(library: library, probes: probes)
    }

    /// The body of an announcement of `kind` from its context.
    func render(_ kind: AnnouncementKind, _ root: TemplateObject) throws(ExportError) -> String {
        try library.render(Self.name(kind), root, probes: probes[kind].map { [$0] } ?? [])
    }

    /// `email/<kind>.txt`.
    static func name(_ kind: AnnouncementKind) -> String { "email/\(kind.rawValue).txt" }
}
