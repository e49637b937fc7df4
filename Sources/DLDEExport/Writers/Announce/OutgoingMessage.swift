import Foundation

/// One rendered message as it is written to `path` and handed to the
/// mailer: the text (CRLF line ends) and what a delivery report names.
public struct OutgoingMessage: Sendable, Equatable {
    /// `announcements/<id>.eml` or `announcements/<id>/<addressee>.eml`.
    public var path: String
    /// `<...@host>`, the same on every run: the key of the delivery log.
    public var messageID: String
    /// The envelope sender: the first contact.
    public var sender: String
    /// The `To:` addresses.
    public var recipients: [String]
    /// The subject as written in the header, before encoding.
    public var subject: String
    public var date: Date
    public var text: String
}
