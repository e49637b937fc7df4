/// An mbox file (the mboxrd variant) holding messages: each starts with a
/// `From <sender> <asctime date>` line, its lines end in LF (what Python's
/// `mailbox.mbox` and mail readers on Unix expect), a line that starts with
/// `From ` after any number of `>` gets one more `>` (reversible, unlike
/// the older mboxo quoting), and a blank line follows each message.
enum Mbox {
    static func file(_ messages: [(sender: String, date: String, message: String)]) -> String {
        var text = ""
        for entry in messages {
            text += "From \(entry.sender) \(entry.date)\n"
            // Lines split at LF with a CR before it dropped (bytes, not
            // Characters: Swift reads CRLF as one Character).
            var lines = entry.message.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
                .map { line in Substring(line.last == 0x0D ? line.dropLast() : line) }
            if lines.last == "" { lines.removeLast() }
            for line in lines {
                text += (isFromLine(line) ? ">" : "") + line + "\n"
            }
            text += "\n"
        }
        return text
    }

    /// `From ` after zero or more `>`.
    static func isFromLine(_ line: Substring) -> Bool {
        line.drop { $0 == ">" }.hasPrefix("From ")
    }
}
