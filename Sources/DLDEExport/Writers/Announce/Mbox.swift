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
            // Lines split at LF with a CR before it dropped.
            var lines = entry.message.lineFeedSeparatedLines
                .map { line in line.utf8.last == 0x0D ? Substring(line.utf8.dropLast()) : line }
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
