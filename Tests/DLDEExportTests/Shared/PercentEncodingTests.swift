@testable import DLDEExport
import Testing

/// Percent-encoding against Python's `urllib.parse.quote` (its answers for
/// these inputs, with `safe="-._~"` for a component and the delimiters
/// added for a URL), and which URLs the booklet links.
@Suite("Shared: percent-encoding and linkable URLs")
struct PercentEncodingTests {
    static let cases: [(text: String, component: String, url: String)] = [
        ("ab c&d=1", "ab%20c%26d%3D1", "ab%20c&d=1"),
        ("https://ex.org/a b/{x}\\y?q=\"1\"#frag", "https%3A%2F%2Fex.org%2Fa%20b%2F%7Bx%7D%5Cy%3Fq%3D%221%22%23frag",
         "https://ex.org/a%20b/%7Bx%7D%5Cy?q=%221%22#frag"),
        ("Ünïcode/路径?x=é", "%C3%9Cn%C3%AFcode%2F%E8%B7%AF%E5%BE%84%3Fx%3D%C3%A9", "%C3%9Cn%C3%AFcode/%E8%B7%AF%E5%BE%84?x=%C3%A9"),
        ("100%", "100%25", "100%"),
        ("a+b,c;d=e", "a%2Bb%2Cc%3Bd%3De", "a+b,c;d=e"),
        ("~user_name-1.0", "~user_name-1.0", "~user_name-1.0"),
        ("<script>", "%3Cscript%3E", "%3Cscript%3E"),
        ("tab\tnewline\n", "tab%09newline%0A", "tab%09newline%0A"),
    ]

    @Test func encodesAsPythonsQuote() {
        for (text, component, url) in Self.cases {
            #expect(PercentEncoding.component(text) == component, "\(text)")
            #expect(PercentEncoding.url(text) == url, "\(text)")
        }
    }

    @Test func linksHTTPAndMailtoInAnyCaseOnly() {
        for url in ["https://a.org", "HTTP://a.org", "Mailto:x@y.z", "hTtPs://"] {
            #expect(ProgramTarget.isLinkable(url), "\(url)")
        }
        // The last two: a combining mark joins the slash (not the prefix
        // then), and fullwidth letters are not ASCII.
        for url in ["ftp://a.org", "http:/a.org", "javascript:alert(1)", "https:", "", "https://\u{301}a", "ＨＴＴＰＳ://a"] {
            #expect(!ProgramTarget.isLinkable(url), "\(url)")
        }
    }
}
