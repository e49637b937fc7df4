import Foundation

/// One announcement as an RFC 5322 message: headers from the workshop and
/// the announcement, a plain-text UTF-8 body, CRLF line ends (the form of
/// RFC 5322 and SMTP; `sendmail -t` and mail clients take it as is).
/// A personal announcement gives one message per addressee.
struct AnnouncementMessage {
    let workshop: Workshop
    /// The workshop's host (`WorkshopView.host`).
    let host: String
    let announcement: Announcement
    /// Whom a personal message is for; nil for the mailing-list message.
    var addressee: Addressee? = nil
    /// The body as laid out (`\n` line ends), before transfer encoding.
    let body: String

    /// `announcements/<id>.eml`, or `announcements/<id>/<paper-…|speaker-…>.eml`.
    var path: String {
        guard let addressee else { return "announcements/\(announcement.id).eml" }
        return "announcements/\(announcement.id)/\(addressee.name).eml"
    }

    /// `From`: the first contact.
    var from: Mailbox {
        Mailbox(name: workshop.contact[0].name, address: workshop.contact[0].email)
    }

    /// `To`: the mailing list; a workshop without one addresses its contacts,
    /// so the message reaches the organisers, who forward it where it belongs.
    /// A personal message goes to its addressees only.
    var to: [Mailbox] {
        if let addressee { return addressee.mailboxes }
        if let list = workshop.mailingList { return [Mailbox(name: nil, address: list)] }
        return replyTo
    }

    /// `Reply-To`: every contact, so replies reach the organisers, not the list.
    var replyTo: [Mailbox] {
        workshop.contact.map { Mailbox(name: $0.name, address: $0.email) }
    }

    /// The subject with `[SHORT_TITLE] ` in front, unless it starts with it.
    var subject: String {
        let tag = "[\(workshop.shortTitle)]"
        if announcement.subject.lowercased().hasPrefix(tag.lowercased()) { return announcement.subject }
        return tag + " " + announcement.subject
    }

    /// `<announcement-id.workshop-id@host>`, for a personal message
    /// `<announcement-id.paper-ID.workshop-id@host>` (or `speaker-ID`): the
    /// same on every run, so a resent message is recognised as the same and
    /// the delivery log knows what went out.
    var messageID: String {
        let middle = addressee.map { ".\($0.messageIDPart)" } ?? ""
        return "<\(announcement.id)\(middle).\(workshop.id)@\(Self.messageIDHost(host, workshopID: workshop.id))>"
    }

    /// The right side of the Message-ID: the site's host when it is a plain
    /// domain name, else a domain literal, else `<workshop id>.invalid`.
    static func messageIDHost(_ host: String, workshopID: String) -> String {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if !labels.isEmpty, labels.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") } }) {
            return host
        }
        if !host.isEmpty, host.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && !"[]\\".unicodeScalars.contains($0) }) {
            return "[\(host)]"
        }
        return "\(workshopID).invalid"
    }

    /// The whole message, CRLF line ends.
    func rendered() throws(ExportError) -> String {
        for mailbox in [from] + to + replyTo where !Mailbox.isSafeAddress(mailbox.address) {
            throw .invalidInput([Diagnostic(.error, "'\(mailbox.address)' cannot be used as a mail address", at: nil, keyPath: "contact")])
        }
        if to.isEmpty { throw .internalError("message '\(path)' has no recipient") }
        let encoding = BodyEncoding.choose(for: body)
        let fields = [
            HeaderField(name: "From", tokens: from.tokens()),
            HeaderField(name: "To", tokens: Mailbox.listTokens(to)),
            HeaderField(name: "Reply-To", tokens: Mailbox.listTokens(replyTo)),
            HeaderField(name: "Subject", tokens: HeaderField.unstructured(subject)),
            HeaderField(name: "Date", tokens: [MailDates.rfc5322(announcement.date)]),
            HeaderField(name: "Message-ID", tokens: [messageID]),
            HeaderField(name: "MIME-Version", tokens: ["1.0"]),
            HeaderField(name: "Content-Type", tokens: ["text/plain;", "charset=utf-8"]),
            HeaderField(name: "Content-Transfer-Encoding", tokens: [encoding.rawValue]),
        ]
        let header = fields.map { $0.folded() + "\r\n" }.joined()
        try Self.checkHeader(header, announcement: announcement)
        return encoding.encode(body, after: header + "\r\n")
    }

    /// The writer's last guard: the header is ASCII, every line break is a
    /// CRLF followed by a space (a fold) or ends a field, and there are
    /// exactly as many fields as written.
    static func checkHeader(_ header: String, announcement: Announcement) throws(ExportError) {
        let bytes = Array(header.utf8)
        var fieldStarts = 0
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 || byte == 0 { throw broken(announcement) }
            if byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A) { throw broken(announcement) }
            if byte == 0x0A {
                if index == 0 || bytes[index - 1] != 0x0D { throw broken(announcement) }
                if index + 1 < bytes.count && bytes[index + 1] != 0x20 { fieldStarts += 1 }
            }
        }
        if fieldStarts != 8 { throw broken(announcement) }
    }

    private static func broken(_ announcement: Announcement) -> ExportError {
        .internalError("the header of announcement '\(announcement.id)' came out malformed")
    }
}
