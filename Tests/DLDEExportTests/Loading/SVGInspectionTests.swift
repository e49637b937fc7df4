import Foundation
import Testing
@testable import DLDEExport

/// What `SVGInspection` refuses in an SVG, and what it lets through: a logo
/// as drawing programs write it.
@Suite("Images: SVG inspection")
struct SVGInspectionTests {
    static let svgOpen = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">"#

    /// A logo with what Illustrator and Inkscape write: an external DTD that
    /// is never fetched, gradients referred to by `url(#…)`, `<use>` of a
    /// symbol in the file, a `<style>` element, a title.
    static let logo = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
    \(svgOpen)
      <title>ACME</title>
      <defs>
        <linearGradient id="g"><stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="#00f"/></linearGradient>
        <symbol id="s"><circle cx="5" cy="5" r="4"/></symbol>
      </defs>
      <style>.a { fill: url( '#g' ); stroke: #333 }</style>
      <rect class="a" width="10" height="10" fill="url(#g)" style="opacity: .9"/>
      <use xlink:href="#s" href="#s"/>
      <a href="#s"><text x="1" y="9">ACME &amp; Co</text></a>
    </svg>
    """

    @Test func aLogoAsDrawingProgramsWriteItIsAccepted() {
        #expect(SVGInspection.inspect(Data(Self.logo.utf8)) == .svg(findings: []))
    }

    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var body: String
        /// What the finding must say.
        var what: String
        var testDescription: String { name }
    }

    static let hostile: [Hostile] = [
        Hostile(name: "script element", body: "<script>alert(1)</script>", what: "a <script> element"),
        Hostile(name: "prefixed script element", body: #"<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>"#, what: "a <s:script> element"),
        Hostile(name: "event attribute", body: #"<rect width="1" height="1" onclick="alert(1)"/>"#, what: "an event attribute 'onclick'"),
        Hostile(name: "upper-case event attribute", body: #"<rect width="1" ONLOAD="alert(1)"/>"#, what: "an event attribute 'ONLOAD'"),
        Hostile(name: "javascript link", body: #"<a href="javascript:alert(1)"><text>x</text></a>"#, what: "a javascript: URL in 'href'"),
        Hostile(name: "javascript in another attribute", body: #"<animate attributeName="x" values="java script:alert(1)"/>"#, what: "a javascript: URL in 'values'"),
        Hostile(name: "animate sets href", body: ##"<a><animate attributeName="href" to="#x"/><text>x</text></a>"##, what: "a <animate> element that changes 'href'"),
        Hostile(name: "set adds an event", body: #"<set attributeName="onmouseover" to="alert(1)"/>"#, what: "a <set> element that changes 'onmouseover'"),
        Hostile(name: "external image", body: #"<image xlink:href="https://evil.example/a.png" width="1" height="1"/>"#, what: "an external reference xlink:href=\"https://evil.example/a.png\""),
        Hostile(name: "embedded data image", body: #"<image href="data:image/png;base64,AAAA"/>"#, what: "an external reference href=\"data:image/png;base64,AAAA\""),
        Hostile(name: "use of another file", body: #"<use href="other.svg#a"/>"#, what: "an external reference href=\"other.svg#a\""),
        Hostile(name: "src attribute", body: #"<foo src="https://evil.example/"/>"#, what: "an external reference src=\"https://evil.example/\""),
        Hostile(name: "url() in a presentation attribute", body: #"<rect fill="url(https://evil.example/p.svg#g)"/>"#, what: "an external reference url(https://evil.example/p.svg#g) in 'fill'"),
        Hostile(name: "url() in a style attribute", body: #"<rect style="background: url('//evil.example/t.png')"/>"#, what: "an external reference url(//evil.example/t.png) in 'style'"),
        Hostile(name: "url() in a style element", body: "<style>rect { fill: url(https://evil.example/x) }</style>", what: "an external reference url(https://evil.example/x) in <style>"),
        Hostile(name: "@import", body: #"<style>@import "https://evil.example/x.css";</style>"#, what: "an @import in <style>"),
        Hostile(name: "@import in CDATA", body: "<style><![CDATA[@import 'x.css';]]></style>", what: "an @import in <style>"),
        Hostile(name: "CSS escape", body: #"<style>rect { fill: u\72 l(https://evil.example/) }</style>"#, what: "a CSS escape (\\), which could hide a reference in <style>"),
        Hostile(name: "image-set", body: #"<rect style="fill: image-set('x.png' 1x)"/>"#, what: "the CSS function image-set() in 'style'"),
        Hostile(name: "foreignObject", body: "<foreignObject><p>hi</p></foreignObject>", what: "a <foreignObject> element"),
        Hostile(name: "iframe", body: "<iframe/>", what: "a <iframe> element"),
    ]

    @Test(arguments: hostile)
    func hostileSVGIsRefusedNamingWhatWasFound(_ testCase: Hostile) {
        let svg = Self.svgOpen + "\n" + testCase.body + "\n</svg>\n"
        guard case .svg(let findings) = SVGInspection.inspect(Data(svg.utf8)) else {
            Issue.record("not read as an SVG: \(SVGInspection.inspect(Data(svg.utf8)))")
            return
        }
        #expect(findings.contains { $0.what == testCase.what && $0.line == 2 }, "\(findings)")
    }

    @Test func stylesheetInstructionIsRefused() {
        let svg = "<?xml-stylesheet href=\"https://evil.example/x.css\"?>\n" + Self.svgOpen + "</svg>"
        #expect(SVGInspection.inspect(Data(svg.utf8)) == .svg(findings: [.init(what: "an <?xml-stylesheet?> instruction", line: 1)]))
    }

    @Test func entityDeclarationsAreRefused() {
        let svg = """
        <!DOCTYPE svg [
          <!ENTITY a "aaaaaaaaaa">
          <!ENTITY ext SYSTEM "file:///etc/passwd">
          <!ENTITY % p "x">
        ]>
        \(Self.svgOpen)<text>&a;</text></svg>
        """
        #expect(SVGInspection.inspect(Data(svg.utf8)) == .svg(findings: [
            .init(what: "an entity declaration 'a'", line: 2),
            .init(what: "an external entity declaration 'ext'", line: 3),
            .init(what: "an entity declaration 'p'", line: 4),
        ]))
    }

    @Test func notWellFormedIsMalformedWithItsPlace() {
        let svg = Self.svgOpen + "\n<rect width=\"1\">\n</svg>\n"
        #expect(SVGInspection.inspect(Data(svg.utf8)) == .malformed(message: "an end tag does not match its start tag", line: 3, column: 7))
        #expect(SVGInspection.inspect(Data((Self.svgOpen + "<rect/>").utf8)) == .malformed(message: "the document ends too early, or goes on after its root element", line: 1, column: 111))
        #expect(SVGInspection.inspect(Data((Self.svgOpen + "<rect a=\"1\" a=\"2\"/></svg>").utf8)) == .malformed(message: "an attribute given twice", line: 1, column: 121))
    }

    @Test func otherXMLIsNotAnSVG() {
        #expect(SVGInspection.inspect(Data("<html><body/></html>".utf8)) == .notSVG(reason: "its root element is <html>, not <svg>"))
        let noNamespace = SVGInspection.inspect(Data("<svg viewBox=\"0 0 1 1\"/>".utf8))
        #expect(noNamespace == .notSVG(reason: "its <svg> element is not in the SVG namespace (add xmlns=\"http://www.w3.org/2000/svg\"; browsers show nothing without it)"))
        #expect(SVGInspection.inspect(Data("<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"/>".utf8)) == .svg(findings: []))
    }
}
