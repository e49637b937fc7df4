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
        let templates = try AnnouncementTemplates.load(library: context.templates())
        return try files(for: workshop, view: context.view(of: workshop), templates: templates)
    }

    /// The `.eml` files and the mbox from checked templates.
    func files(for workshop: Workshop, view: WorkshopView, templates: AnnouncementTemplates) throws(ExportError) -> [OutputFile] {
        var files: [OutputFile] = []
        var mbox: [Mbox.Entry] = []
        for message in try outgoing(for: workshop, view: view, templates: templates) {
            files.append(OutputFile(path: message.path, text: message.text))
            mbox.append((message.sender, MailDates.asctime(message.date), message.text))
        }
        if onlyID == nil {
            // Written from the messages' own texts as it is made (at 10,000
            // papers the accepted-papers message alone is megabytes).
            files.append(OutputFile(path: "announcements.mbox", streaming: { [mbox] write in Mbox.write(mbox, to: write) }))
        }
        return files
    }

    /// Every message of the chosen announcements, rendered, in the order of
    /// `workshop.yaml` (a personal announcement's messages in the order of
    /// the papers or speakers): what `files` writes and `--send` delivers.
    public func outgoing(for workshop: Workshop, templates: AnnouncementTemplates) throws(ExportError) -> [OutgoingMessage] {
        try outgoing(for: workshop, view: WorkshopView(workshop), templates: templates)
    }

    func outgoing(for workshop: Workshop, view: WorkshopView, templates: AnnouncementTemplates) throws(ExportError) -> [OutgoingMessage] {
        // Each message is made whole (body, then text) before the next one's
        // body: the laid-out bodies are not all held beside the texts (at
        // 10,000 papers the accepted-papers message alone is megabytes).
        try messages(for: workshop, view: view, templates: templates) { message throws(ExportError) in
            OutgoingMessage(
                path: message.path, messageID: message.messageID, sender: message.from.address,
                recipients: message.to.map(\.address), subject: message.subject,
                date: message.announcement.date.instant, text: try message.rendered())
        }
    }

    /// The messages of the chosen announcements, bodies laid out: one for a
    /// mailing-list announcement; for `to: authors` one per paper with an
    /// author address, for `to: speakers` one per speaker with an address.
    func messages(for workshop: Workshop, view: WorkshopView, templates: AnnouncementTemplates) throws(ExportError) -> [AnnouncementMessage] {
        try messages(for: workshop, view: view, templates: templates) { $0 }
    }

    /// What `finish` makes of each message of the chosen announcements, in
    /// their order, each made as soon as its body is laid out, on every core
    /// (one message per paper for `to: authors`).
    private func messages<Made>(
        for workshop: Workshop, view: WorkshopView, templates: AnnouncementTemplates,
        finish: (AnnouncementMessage) throws(ExportError) -> Made
    ) throws(ExportError) -> [Made] {
        var chosen = workshop.announcements
        if let onlyID {
            chosen = chosen.filter { $0.id == onlyID }
            if chosen.isEmpty { throw Self.unknownID(onlyID, in: workshop) }
        }
        var messages: [Made] = []
        let shared = AnnouncementContext.Shared(workshop, view: view)
        for announcement in chosen {
            let context = AnnouncementContext(workshop: workshop, announcement: announcement, shared: shared)
            let base = context.object()
            // Each addressee's message on its own, on every core; the first
            // failure in the addressees' order is the one reported.
            let made = Parallel.mapChunks(Self.addressees(of: announcement, in: workshop), minimumChunk: 32) { part in
                part.map { addressee in
                    Result { () throws(ExportError) in
                        let root = addressee.map { context.object(for: $0, base: base) } ?? base
                        let text = try templates.render(announcement, root)
                        let body = PlainTextLayout.layout(text, width: AnnouncementContext.width)
                        return try finish(AnnouncementMessage(workshop: workshop, host: view.host, announcement: announcement, addressee: addressee, body: body))
                    }
                }
            }
            messages.reserveCapacity(messages.count + made.count)
            for result in made { messages.append(try result.get()) }
        }
        return messages
    }

    /// `[nil]` for a mailing-list announcement; else every paper or speaker
    /// that has at least one address (the others are warnings of `check`).
    static func addressees(of announcement: Announcement, in workshop: Workshop) -> [Addressee?] {
        switch announcement.to {
        case .list: return [nil]
        case .authors: return workshop.papers.map(Addressee.paper).filter { !$0.mailboxes.isEmpty }
        case .speakers: return workshop.speakers.map(Addressee.speaker).filter { !$0.mailboxes.isEmpty }
        }
    }

    private static func unknownID(_ id: String, in workshop: Workshop) -> ExportError {
        let known = workshop.announcements.map(\.id)
        var message = "no announcement has the id '\(id)'"
        if let suggestion = DidYouMean.suggest(id, among: known) { message += "; did you mean '\(suggestion)'?" }
        message += known.isEmpty ? "; the workshop has no announcements" : "; the announcements are: " + known.joined(separator: ", ")
        return .invalidInput([Diagnostic(.error, message, at: nil, keyPath: "announcements")])
    }
}
