/// `announcements/<id>.eml` for every announcement (or the one `onlyID`
/// names) and, for all of them, `announcements.mbox`.
///
/// Bodies come from `templates/email/<kind>.txt.mustache`. Every kind's
/// template is first rendered with a synthetic workshop that fills every
/// field (`ProbeWorkshop`), so an unknown field in any template, used by
/// the data or not, stops the command before anything is written.
public struct AnnounceWriter: OutputWriter {
    /// When set, only this announcement's `.eml` is written (no mbox).
    public var onlyID: String?

    public init(onlyID: String? = nil) {
        self.onlyID = onlyID
    }

    public var command: String { "announce" }
    /// After the booklet, the largest job of `all` (six messages, one listing every paper).
    public var jobWeight: Int { 3 }

    public func files(for workshop: Workshop, context: WriterContext) throws(ExportError) -> [OutputFile] {
        let templates = try AnnouncementTemplates.load(overrides: context.templatesDirectory)
        var files: [OutputFile] = []
        var mbox: [(sender: String, date: String, message: String)] = []
        for message in try messages(for: workshop, templates: templates) {
            let rendered = try message.rendered()
            files.append(OutputFile(path: "announcements/\(message.announcement.id).eml", text: rendered))
            mbox.append((message.from.address, MailDates.asctime(message.announcement.date.instant), rendered))
        }
        if onlyID == nil {
            files.append(OutputFile(path: "announcements.mbox", text: Mbox.file(mbox)))
        }
        return files
    }

    /// The messages of the chosen announcements, bodies laid out.
    func messages(for workshop: Workshop, templates: AnnouncementTemplates) throws(ExportError) -> [AnnouncementMessage] {
        var chosen = workshop.announcements
        if let onlyID {
            chosen = chosen.filter { $0.id == onlyID }
            if chosen.isEmpty { throw Self.unknownID(onlyID, in: workshop) }
        }
        var messages: [AnnouncementMessage] = []
        let shared = AnnouncementContext.Shared(workshop)
        for announcement in chosen {
            let root = AnnouncementContext(workshop: workshop, announcement: announcement, shared: shared).object()
            let text = try templates.render(announcement.kind, root)
            let body = PlainTextLayout.layout(text, width: AnnouncementContext.width)
            messages.append(AnnouncementMessage(workshop: workshop, announcement: announcement, body: body))
        }
        return messages
    }

    private static func unknownID(_ id: String, in workshop: Workshop) -> ExportError {
        let known = workshop.announcements.map(\.id)
        var message = "no announcement has the id '\(id)'"
        if let suggestion = DidYouMean.suggest(id, among: known) { message += "; did you mean '\(suggestion)'?" }
        message += known.isEmpty ? "; the workshop has no announcements" : "; the announcements are: " + known.joined(separator: ", ")
        return .invalidInput([Diagnostic(.error, message, at: nil, keyPath: "announcements")])
    }
}
