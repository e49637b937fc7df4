import Foundation

/// Important dates on the site: in the workshop's zone, the zone named
/// (`Saturday, 18 September 2021, 02:59 (America/New_York)`), and as
/// announced when given at another offset (`Friday, 17 September 2021,
/// 23:59 UTC-07:00`). A date without a time is a day everywhere.
enum SiteDates {
    static func object(_ item: DateView, in workshop: Workshop) -> TemplateObject {
        let object = TemplateObject()
        object["label"] = item.label
        switch item.at {
        case .day:
            object["when"] = item.wording
            object["as_given"] = nil
        case .instant(let timestamp):
            let zone = workshop.timeZone
            object["when"] = MailDates.format(timestamp.instant, "EEEE, d MMMM yyyy, HH:mm", in: zone) + " (\(workshop.timezone))"
            let sameOffset = zone.secondsFromGMT(for: timestamp.instant) == timestamp.offsetSeconds
            object["as_given"] = sameOffset ? nil : item.wording
        }
        object["datetime"] = datetime(item.at)
        return object
    }

    /// The `<time datetime>` value: `2021-10-17` or `2021-09-17T23:59:00-07:00`.
    static func datetime(_ at: ImportantDate.At) -> String {
        switch at {
        case .day(let date): return date.description
        case .instant(let timestamp): return rfc3339(timestamp.instant, offset: timestamp.offsetSeconds)
        }
    }

    /// `2021-12-14T08:00:00-05:00`: `date` at `offset` seconds from UTC.
    static func rfc3339(_ date: Date, offset: Int) -> String {
        MailDates.format(date, "yyyy-MM-dd'T'HH:mm:ss", offset: offset) + MailDates.offset(offset, separator: ":")
    }
}
