import Foundation
import Testing
@testable import DLDEExport

@Suite("iCalendar text: escaping, folding, date-times")
struct ICSTextTests {
    /// 300+ octets of CJK, emoji (4-octet scalars, ZWJ sequences, flags) and
    /// ASCII, shifted by 0...4 ASCII characters so every fold lands at a
    /// different place inside the multi-octet sequences.
    static let lines: [String] = (0...4).map { shift in
        "SUMMARY:" + String(repeating: "a", count: shift)
            + "微分方程式と深層学習 🧮📈🤖 👩‍🔬👨🏽‍💻 🇯🇵 数値解法、逆問題、ニューラル常微分方程式 🌏🔬✨ 再現性 検証 未来 "
            + "物理情報ニューラルネットワーク 𝔼[𝑋] 🏳️‍🌈 Ünïcödé テスト テスト テスト 🎉🎉🎉"
    }

    @Test(arguments: lines)
    func foldingKeepsLinesShortAndCharactersWhole(_ line: String) throws {
        #expect(line.utf8.count >= 300)
        let folded = ICSText.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let physical = Array(folded.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        #expect(physical.count >= 5)
        for (index, bytes) in physical.enumerated() {
            #expect(bytes.last == UInt8(ascii: "\r"), "line \(index) does not end with CRLF")
            let content = bytes.dropLast()
            #expect(content.count <= 75, "line \(index) has \(content.count) octets")
            #expect(String(validating: Array(content), as: UTF8.self) != nil, "line \(index) splits a UTF-8 sequence")
            #expect(index == 0 || content.first == UInt8(ascii: " "))
            #expect(!content.contains(UInt8(ascii: "\r")))
        }
        // Unfolding (RFC 5545 section 3.1: remove CRLF and one space) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
    }

    @Test func shortLinesAreNotFolded() {
        let line = "SUMMARY:" + String(repeating: "x", count: 67)
        #expect(line.utf8.count == 75)
        #expect(ICSText.fold(line) == line + "\r\n")
        #expect(ICSText.fold(line + "y") == line + "\r\n y\r\n")
    }

    @Test func escapingCoversTextSpecials() {
        #expect(ICSText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICSText.escape("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICSText.escape("tab\there: \"quotes\" and colons: ok") == "tab\there: \"quotes\" and colons: ok")
        #expect(ICSText.escape("bell\u{07}del\u{7F}") == "belldel")
        #expect(ICSText.escape("$\\mathcal{O}(n)$ 微分 🧮") == "$\\\\mathcal{O}(n)$ 微分 🧮")
    }

    @Test func parameterValuesAreQuotedWhenNeeded() {
        #expect(ICSDocument.parameterValue("America/New_York") == "America/New_York")
        #expect(ICSDocument.parameterValue("Odd;Zone,Name:1") == "\"Odd;Zone,Name:1\"")
        #expect(ICSDocument.parameterValue("say \"hi\"") == "say hi")
    }

    @Test func offsetsAndDateTimes() throws {
        #expect(ICSDateTime.offset(-18_000) == "-0500")
        #expect(ICSDateTime.offset(19_800) == "+0530")
        #expect(ICSDateTime.offset(561) == "+000921")
        #expect(ICSDateTime.offset(0) == "+0000")
        let instant = Date(timeIntervalSince1970: 1_639_486_800.5) // 2021-12-14T13:00:00.5Z
        #expect(ICSDateTime.utc(instant) == "20211214T130000Z")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(ICSDateTime.local(instant, in: newYork) == "20211214T080000")
        #expect(ICSDateTime.local(instant, offsetSeconds: 19_800) == "20211214T183000")
    }

    /// 01:30 happens twice in New York on 2021-11-07: the second occurrence
    /// cannot be written with TZID (it would mean the first) and goes out in UTC.
    @Test func repeatedWallClockTimeFallsBackToUTC() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let first = Date(timeIntervalSince1970: 1_636_263_000)  // 2021-11-07T05:30:00Z, 01:30 EDT
        let second = first.addingTimeInterval(3600)             // 06:30Z, 01:30 EST
        #expect(ICSEvent.isFirstOccurrence(first, in: zone))
        #expect(!ICSEvent.isFirstOccurrence(second, in: zone))
        #expect(ICSEvent.isFirstOccurrence(second.addingTimeInterval(3600), in: zone))
        var document = ICSDocument()
        ICSEvent.writeTime("DTSTART", first, zone: zone, zoneIdentifier: "America/New_York", into: &document)
        ICSEvent.writeTime("DTEND", second, zone: zone, zoneIdentifier: "America/New_York", into: &document)
        #expect(document.serialized == "DTSTART;TZID=America/New_York:20211107T013000\r\nDTEND:20211107T063000Z\r\n")
    }
}
