import Foundation
import Testing
@testable import DLDEExport

/// The zone columns across a daylight-saving change and the date line,
/// against Python's zoneinfo (tests/zone_times.py).
@Suite("Program: time zones")
struct ProgramTimeZoneTests {
    @Test func zoneColumnsMatchZoneinfo() throws {
        let workshop = try WorkshopLoader.load(directory: ProgramRun.daylightSaving).workshop
        let slots = workshop.schedule.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
        let reference = Run.program(TestPaths.python.path, [TestPaths.root.appendingPathComponent("tests/zone_times.py").path,
                                                             workshop.date.description, workshop.timezone, slots] + workshop.extraTimezones)
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = try #require(try JSONSerialization.jsonObject(with: reference.stdoutData) as? [[[Any]]])

        // The rendered table: one <td class="time..."> per zone per slot.
        let run = ProgramRun(workshop: ProgramRun.daylightSaving, pdf: false)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let cells = timeCells(run.text("program.html"))
        let zones = 1 + workshop.extraTimezones.count
        #expect(cells.count == workshop.schedule.count * zones)
        var marks = Set<String>()
        for (slot, row) in expected.enumerated() {
            for (zone, value) in row.enumerated() {
                let start = value[0] as! String, end = value[1] as! String
                let startShift = value[2] as! Int, endShift = value[3] as! Int
                let cell = cells[slot * zones + zone]
                #expect(cell.hasPrefix("\(start)–\(end)"), "slot \(slot) zone \(zone): \(cell)")
                if startShift != 0 {
                    let mark = "\(startShift > 0 ? "+" : "-")\(abs(startShift)) day"
                    #expect(cell.contains(mark), "slot \(slot) zone \(zone): \(cell) lacks \(mark)")
                    marks.insert(mark)
                } else {
                    #expect(!cell.contains(" day") || cell.contains("ends"), "slot \(slot) zone \(zone): \(cell)")
                }
                if endShift == startShift + 1 {
                    #expect(cell.contains("ends next day"), "slot \(slot) zone \(zone): \(cell)")
                } else {
                    #expect(!cell.contains("ends"), "slot \(slot) zone \(zone): \(cell)")
                }
            }
        }
        // The fixture exercises both directions.
        #expect(marks == ["+1 day", "-1 day"])
        // Both offsets of London on the day are named in its column head.
        #expect(run.text("program.html").contains("UTC / UTC+01:00"))
    }

    @Test func latexShowsTheSameTimes() throws {
        let run = ProgramRun(workshop: ProgramRun.daylightSaving, pdf: true)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let lines = run.pdfLines()
        // 00:30 GMT is 17:30 the day before in Los Angeles and 13:30 in Auckland; 03:00 BST is 02:00 UTC.
        let row = try #require(lines.firstIndex { $0.hasPrefix("00:30–03:00 00:30–02:00 01:30–04:00 17:30–19:00 13:30–15:00 14:30–16:00 13:30–15:00") }, "\(lines)")
        #expect(lines[row + 1].hasPrefix("-1 day -1 day"), "\(lines[row + 1])")
        // 23:30 BST (22:30 UTC) is the next day in Berlin, Auckland and Kiritimati.
        let closing = try #require(lines.firstIndex { $0.hasPrefix("23:30–00:00 22:30–23:00 00:30–01:00 15:30–16:00 11:30–12:00 12:30–13:00 11:30–12:00") }, "\(lines)")
        #expect(lines[closing + 1].components(separatedBy: "+1 day").count - 1 == 3, "\(lines[closing + 1])")
        #expect(lines[closing + 1].hasPrefix("ends next"), "\(lines[closing + 1])")
    }

    /// The text of every time cell, tags removed.
    private func timeCells(_ html: String) -> [String] {
        html.components(separatedBy: "<td class=\"time").dropFirst().map { piece in
            let cell = piece[piece.index(after: piece.firstIndex(of: ">")!)...]
            let content = cell.components(separatedBy: "</td>")[0]
            return content.replacingOccurrences(of: "&#8211;", with: "–").replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
                .split(separator: " ").joined(separator: " ")
        }
    }
}
