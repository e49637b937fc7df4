import Foundation
import Testing
@testable import DLDEExport

/// Hands announcement messages to Python's `email` and `mailbox` packages
/// through `tests/check_mail.py`, with what each message must say taken
/// from the loaded model (not from the writer).
enum MailCheck {
    struct Expectation {
        var announcement: Announcement
        /// The decoded subject, written out by the test.
        var subject: String
        var bodyContains: [String] = []
    }

    /// Writes the manifest for the messages in `outputFolder` and runs the
    /// checker; returns its output and status.
    static func run(workshop: Workshop, host: String, outputFolder: URL, expectations: [Expectation], withMbox: Bool = true, templates: String? = nil) throws -> RunResult {
        let bodies = try laidOutBodies(workshop, templates: templates)
        let contacts = workshop.contact.map { [$0.name, $0.email] }
        var messages: [[String: Any]] = []
        for expectation in expectations {
            let announcement = expectation.announcement
            var contains = expectation.bodyContains
            if let body = announcement.body {
                contains.append(MarkdownRenderer.plainTextWithLinks(body.source, width: AnnouncementContext.width))
            }
            messages.append([
                "path": outputFolder.appendingPathComponent("announcements/\(announcement.id).eml").path,
                "subject": expectation.subject,
                "from": contacts[0],
                "to": workshop.mailingList.map { [["", $0]] } ?? contacts,
                "reply_to": contacts,
                "date": announcement.date.text,
                "message_id": "<\(announcement.id).\(workshop.id)@\(host)>",
                "body": bodies[announcement.id] as Any,
                "body_contains": contains,
            ])
        }
        let manifest: [String: Any] = [
            "messages": messages,
            "mbox": withMbox ? outputFolder.appendingPathComponent("announcements.mbox").path : NSNull(),
        ]
        let manifestURL = outputFolder.deletingLastPathComponent().appendingPathComponent("mail-manifest-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted]).write(to: manifestURL)
        defer { try? FileManager.default.removeItem(at: manifestURL) }
        return Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/check_mail.py").path, manifestURL.path])
    }

    /// The bodies as the writer laid them out, before transfer encoding:
    /// what Python must decode each body back to.
    static func laidOutBodies(_ workshop: Workshop, templates: String?) throws -> [String: String] {
        let templates = try AnnouncementTemplates.load(overrides: templates)
        let messages = try AnnounceWriter().messages(for: workshop, view: WorkshopView(workshop), templates: templates)
        return Dictionary(uniqueKeysWithValues: messages.map { ($0.announcement.id, $0.body) })
    }
}
