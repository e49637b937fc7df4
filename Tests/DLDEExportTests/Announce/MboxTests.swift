@testable import DLDEExport
import Testing

/// The mbox file's own rules, on examples (Python's `mailbox` reads the
/// whole file in the announcement tests): LF line ends, mboxrd quoting of
/// `From ` lines as Swift compares characters, a blank line after each.
@Suite("Mail: the mbox file")
struct MboxTests {
    static func mbox(_ message: String) -> String {
        Mbox.file([(sender: "dlde@example.org", date: "Mon Sep 20 12:00:00 2021", message: message)])
    }

    static let head = "From dlde@example.org Mon Sep 20 12:00:00 2021\n"

    @Test func lineEndsAndTheBlankLineAfter() {
        #expect(Self.mbox("A: b\r\n\r\nbody\r\n") == Self.head + "A: b\n\nbody\n\n")
        #expect(Self.mbox("no line end") == Self.head + "no line end\n\n")
        #expect(Self.mbox("last\r\n\r") == Self.head + "last\n\n", "a last line left empty by its CR is none")
        #expect(Self.mbox("") == Self.head + "\n")
        #expect(Mbox.file([]) == "")
    }

    @Test func fromLinesGetOneMoreQuote() {
        #expect(Self.mbox("From here\r\n>From there\r\n>>From afar\r\nFrom\r\n") == Self.head + ">From here\n>>From there\n>>>From afar\nFrom\n\n")
        #expect(Self.mbox("From \r\n") == Self.head + ">From \n\n")
        #expect(Self.mbox(" From x\r\nfrom y\r\n") == Self.head + " From x\nfrom y\n\n")
    }

    @Test func aMarkMakesAnotherCharacter() {
        // A combining mark on the space or on a `>` makes a character that is not `From ` or `>`.
        #expect(Self.mbox("From \u{301}x\r\n") == Self.head + "From \u{301}x\n\n")
        #expect(Self.mbox(">\u{301}From x\r\n") == Self.head + ">\u{301}From x\n\n")
        #expect(Self.mbox("From é\r\n") == Self.head + ">From é\n\n")
        #expect(Self.mbox("From \u{200D}x\r\n") == Self.head + "From \u{200D}x\n\n")
    }
}
