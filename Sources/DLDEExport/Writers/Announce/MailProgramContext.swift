import Foundation

/// The schedule as template objects: every slot in the workshop's zone and
/// each extra zone (`ScheduleView`'s columns), as a list and as rows of
/// aligned plain-text tables that fit the mail's line length.
struct MailProgramContext {
    let workshop: Workshop
    let view: WorkshopView
    /// The width no table line may pass (the mail layout's).
    var width = 72

    /// `{date, zone, offset, zones, table_zones, header, rule, slots,
    /// more_tables, day_times}`, or nil when the schedule is empty.
    func object() -> TemplateObject? {
        guard let first = workshop.schedule.first else { return nil }
        let view = self.view.schedule
        let labels = view.zones.map(\.identifier)
        let cellsBySlot = view.slots.map { $0.times.map { $0.range() } }
        var widths = labels.map(PlainTextLayout.columns)
        for cells in cellsBySlot {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], PlainTextLayout.columns(cell)) }
        }
        let tables = Self.tableColumns(widths: widths, width: width)
        let program = TemplateObject()
        program["date"] = self.view.day
        program["zone"] = workshop.timezone
        program["offset"] = DateWording.offsetName(workshop.timeZone.secondsFromGMT(for: first.startInstant))
        program["zones"] = Byline.text(Array(labels.dropFirst()))
        let main = tables[0]
        program["table_zones"] = Byline.text(main.dropFirst().map { labels[$0] })
        program["header"] = Self.row(main.map { labels[$0] }, widths: main.map { widths[$0] })
        program["rule"] = Self.row(main.map { String(repeating: "-", count: widths[$0]) }, widths: main.map { widths[$0] })
        program["slots"] = view.slots.indices.map { index in
            slot(view.slots[index], utc: view.utc[index], labels: labels, cells: cellsBySlot[index],
                 row: Self.row(main.map { cellsBySlot[index][$0] }, widths: main.map { widths[$0] }))
        }
        program["more_tables"] = tables.dropFirst().map { columns -> TemplateObject in
            let table = TemplateObject()
            let columnWidths = columns.map { widths[$0] }
            table["zones"] = Byline.text(columns.dropFirst().map { labels[$0] })
            table["header"] = Self.row(columns.map { labels[$0] }, widths: columnWidths)
            table["rule"] = Self.row(columns.map { String(repeating: "-", count: widths[$0]) }, widths: columnWidths)
            table["rows"] = cellsBySlot.map { cells -> TemplateObject in
                let row = TemplateObject()
                row["row"] = Self.row(columns.map { cells[$0] }, widths: columnWidths)
                return row
            }
            return table
        }
        program["day_times"] = zip(view.zones, view.day).map { zone, times in
            let object = TemplateObject()
            object["zone"] = zone.identifier
            object["time"] = times.range()
            return object
        }
        return program
    }

    private func slot(_ slotTimes: ScheduleView.SlotTimes, utc: ScheduleView.Times, labels: [String], cells: [String], row: String) -> TemplateObject {
        let slot = slotTimes.slot
        let object = TemplateObject()
        object["id"] = slot.id
        object["time"] = cells[0]
        object["row"] = row
        object["title"] = slot.title?.rendered.plain ?? slot.kind.defaultTitle
        object["kind"] = slot.kind.rawValue
        object["speaker"] = slotTimes.speaker.map { person in
            person.name.display + (person.affiliation.map { " (\($0))" } ?? "")
        }
        object.setList("papers", MailPaperContext.records(slotTimes.papers))
        object["recording"] = slot.recording
        object["slides"] = slot.slides
        object["utc"] = utc.range() + " UTC"
        object["times"] = cells.enumerated().map { index, cell in
            let time = TemplateObject()
            time["zone"] = labels[index]
            time["time"] = cell
            return time
        }
        return object
    }

    /// The columns of each table, as indices: the workshop's zone (column 0)
    /// and as many of the next zones as fit `width` with two spaces between
    /// columns; zones that do not fit go to further tables, each led by the
    /// workshop's zone again. Any two zones fit (identifiers and cells are
    /// far shorter than half a line).
    static func tableColumns(widths: [Int], width: Int) -> [[Int]] {
        var tables: [[Int]] = []
        var current = [0]
        var used = widths[0]
        for index in widths.indices.dropFirst() {
            if current.count > 1, used + 2 + widths[index] > width {
                tables.append(current)
                current = [0]
                used = widths[0]
            }
            current.append(index)
            used += 2 + widths[index]
        }
        tables.append(current)
        return tables
    }

    /// Cells padded to their columns, two spaces apart, no trailing blanks.
    static func row(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            line += cell
            if index < cells.count - 1 {
                line += String(repeating: " ", count: widths[index] - PlainTextLayout.columns(cell) + 2)
            }
        }
        return line
    }
}
