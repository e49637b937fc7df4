/// URLs in `url` fields: written as they are (biblatex reads `url`
/// verbatim, and `\url` takes `%`, `#`, `_` and `~` literally), except that
/// characters a URL may not hold (braces, backslashes, spaces, quotes,
/// non-ASCII) are percent-encoded, so the field's braces always balance.
enum BibTeXURL {
    /// `url` with every character outside RFC 3986's set percent-encoded.
    static func escape(_ url: String) -> String {
        PercentEncoding.url(url)
    }
}
