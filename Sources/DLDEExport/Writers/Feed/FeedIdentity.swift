import Foundation

/// The ids and addresses of a workshop's feeds.
///
/// Ids are `tag:` URIs (RFC 4151): `tag:HOST,YEAR:WORKSHOP/announcement/ID`.
/// The date is the workshop's `year`, the earliest date the model gives that
/// can never move: adding, removing or re-dating announcements leaves every
/// id as it was (a first-announcement date would change when an earlier one
/// is added). Only a change of the workshop's host, `year` or `id`, or of
/// an announcement's or paper's `id`, changes an id.
///
/// The feeds are assumed to be published beside the workshop's site:
/// `url` (with a `/` added when its path lacks one) + `atom.xml` / `rss.xml`.
public struct FeedIdentity: Sendable, Equatable {
    /// The workshop's host, lower-case.
    public var host: String
    public var year: Int
    public var workshopID: String
    /// The workshop's site, the feeds' `alternate` link.
    public let siteURL: String
    /// `feedURL("")`: the site's address without query or fragment, ending
    /// in `/`, parsed once (the site asks for an address per page).
    private let folder: String

    public init(_ workshop: Workshop) throws(ExportError) {
        try self.init(workshop, host: WorkshopView.host(of: workshop.url))
    }

    /// - Parameter host: the workshop's host (`WorkshopView.host`).
    init(_ workshop: Workshop, host: String) throws(ExportError) {
        guard Self.isDNSName(host) else {
            throw .invalidInput([Diagnostic(
                .error,
                "the feeds' ids are tag: URIs (RFC 4151) made from the workshop's host, but '\(host)' is not a DNS name; give 'url' a host name such as 'example.org'",
                at: nil, keyPath: "url")])
        }
        guard (1000...9999).contains(workshop.year) else {
            throw .invalidInput([Diagnostic(.error, "the feeds' tag: ids need a four-digit 'year', not \(workshop.year)", at: nil, keyPath: "year")])
        }
        self.host = host
        self.year = workshop.year
        self.workshopID = workshop.id
        self.siteURL = workshop.url
        self.folder = Self.resolve("", against: workshop.url)
    }

    /// The feed's own id (Atom `feed/id`).
    public var feedID: String { "tag:\(host),\(year):\(Self.encoded(workshopID))" }

    /// The id of an announcement's entry.
    public func announcementID(_ id: String) -> String { feedID + "/announcement/" + Self.encoded(id) }

    /// The id of an accepted paper's entry.
    public func paperID(_ id: String) -> String { feedID + "/paper/" + Self.encoded(id) }

    /// Where the feed file `name` is published: beside the site. A name of
    /// letters, digits and `/._-` (every file the tool writes) is appended
    /// to the site's address as URLComponents would append it.
    public func feedURL(_ name: String) -> String {
        name.utf8.allSatisfy(Self.isPlainPathByte) ? folder + name : Self.resolve(name, against: siteURL)
    }

    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    private static func resolve(_ name: String, against siteURL: String) -> String {
        guard var components = URLComponents(string: siteURL) else { return siteURL + name }
        components.query = nil
        components.fragment = nil
        if !components.path.hasSuffix("/") { components.path += "/" }
        components.path += name
        return components.string ?? siteURL + name
    }

    /// RFC 4151 `DNSname`: dot-separated labels of letters, digits and
    /// inner hyphens.
    static func isDNSName(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return !host.isEmpty && labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "-" || CharacterSet.alphanumerics.contains($0)) }
        }
    }

    /// Percent-encodes all but RFC 3986 unreserved characters (ids are
    /// slugs already; this keeps any other id a valid tag URI).
    static func encoded(_ text: String) -> String {
        PercentEncoding.component(text)
    }
}
