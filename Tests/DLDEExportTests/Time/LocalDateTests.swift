@testable import DLDEExport
import Foundation
import Testing

/// `LocalDate`'s text is `%04d-%02d-%02d` (compared with Foundation's
/// printf-style formatting on dates and edge values).
@Suite("Time: local dates as text")
struct LocalDateTests {
    @Test func printsAsPrintfDoes() {
        for (year, month, day) in [(2021, 12, 14), (1, 1, 1), (999, 2, 28), (9999, 12, 31), (12345, 10, 5), (0, 0, 0), (-5, 3, 7)] {
            let date = LocalDate(year: year, month: month, day: day)
            #expect(date.description == String(format: "%04d-%02d-%02d", year, month, day), "\(year) \(month) \(day)")
        }
        #expect(LocalDate("2021-12-14")?.description == "2021-12-14")
        for value in [-12345, -100, -1, 0, 7, 42, 100000] {
            for width in [1, 2, 4, 6] {
                #expect(LocalDate.zeroPadded(value, width) == String(format: "%0\(width)d", value), "\(value) \(width)")
            }
        }
    }
}
