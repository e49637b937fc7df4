/// A workshop whose text tries to break mail: CR/LF in names and subjects
/// (folded by the loader; the header must not grow a line), non-ASCII and
/// very long names and subjects, emoji, right-to-left text, very long
/// words and URLs, words that look like encoded-words, `From ` and `>From `
/// at the start of body lines, no mailing list.
enum HostileMailWorkshop {
    static let longWord = String(repeating: "Pneumonoultramicroscopicsilicovolcanoconiosis", count: 4)
    static let longName = String(repeating: "Maximiliana Wolfeschlegelsteinhausenbergerdorff ", count: 3) + "Sr"
    static let family = "👩‍👩‍👧‍👦"

    static let workshop = #"""
    id: hostile-2024
    title: "Ünïcödé & <script>alert(1)</script> $\\mathcal{O}(n)$ 100% {unbalanced"
    short_title: "ÉDP🚀"
    venue: "Test Venue"
    year: 2024
    url: "https://hostile.example.org/path"
    location: "Online / عبر الإنترنت"
    timezone: Europe/Berlin
    extra_timezones: [UTC, Pacific/Kiritimati, America/Los_Angeles]
    date: 2024-03-31
    contact:
      - name: "Zoë \"the Boss\" O'Brien-Łukasiewicz, Jr.\r\nBcc: victim@example.org"
        email: zoe@example.org
      - name: "Plain Name"
        email: plain@example.org
      - name: "LONGNAME"
        email: long@example.org
    call_for_papers: |
      Send us *papers* on $\mathcal{O}(n)$ solvers & more; see [the rules](https://hostile.example.org/rules "Rules").
    important_dates:
      - label: "Deadline\r\nBcc: x@example.org"
        at: "2024-01-31T23:59:00-12:00"
      - label: Pacific deadline
        at: "2024-02-01T23:59:00-08:00"
      - label: Workshop
        at: 2024-03-31
    speakers:
      - id: rtl
        name: "אבי כהן"
        affiliation: "جامعة القاهرة"
    organizers:
      - name: "Zoë O'Brien"
    schedule:
      - start: "01:30"
        kind: invited-talk
        title: "Talk across the DST change\r\nX-Injected: yes"
        speaker: rtl
        end: "03:30"
      - start: "03:30"
        kind: spotlights
        papers: [h1, h2]
        recording: "https://hostile.example.org/recording"
        slides: "https://hostile.example.org/slides.pdf"
        end: "03:40"
    announcements:
      - id: cfp
        date: "2023-12-01T09:00:00+05:45"
        kind: call-for-papers
        subject: "Call for papers\r\nBcc: victim@example.org"
        body: |
          From the organisers: this paragraph starts with From.

          \>From a line that mbox would quote.

          [a link](https://example.org/a-link "title"), <mailto:x@example.org>, [mail us](mailto:zoe@example.org)
          and www.example.com.

          A very long word: LONGWORD.

          A long URL: https://example.org/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/end

          Emoji FAMILY and RTL: שלום עולם مرحبا بالعالم; combining: COMBINING.

          Math $\mathcal{O}(n)$ & <b>raw</b> html, a=b =3D, 100% {unbalanced.

          --
      - id: reminder
        date: "2024-01-20T23:00:00-12:00"
        kind: deadline-reminder
        subject: "⏰ Last call — آخر موعد للتقديم — מועד אחרון FAMILY"
      - id: accepted
        date: "2024-02-20T10:00:00Z"
        kind: accepted-papers
        subject: "Accepted papers with a very long subject line that goes on and on and on past seventy-eight columns LONGWORD end"
      - id: program
        date: "2024-03-01T10:00:00+01:00"
        kind: program
        subject: "[ÉDP🚀] The program"
      - id: day-of
        date: "2024-03-31T00:30:00+01:00"
        kind: day-of
        subject: "=?utf-8?q?fake?= encoded-looking words, \"quotes\" and \\ backslash"
      - id: recordings
        date: "2024-04-02T12:00:00+02:00"
        kind: recordings
        subject: "Recordings: 録画が公開されました — ça y est"
      - id: news
        date: "2024-04-03T12:00:00-09:30"
        kind: news
        subject: "News\u2028with a line separator\nand a line feed"
        body: "Short news with [a link](https://example.org/n)."

    """#
    .replacingOccurrences(of: "LONGWORD", with: longWord)
    .replacingOccurrences(of: "LONGNAME", with: longName)
    .replacingOccurrences(of: "FAMILY", with: family)
    .replacingOccurrences(of: "COMBINING", with: String(repeating: "e\u{301}", count: 50))

    static let papers = #"""
    - id: h1
      title: "Fast & exact $\\mathcal{O}(n)$ </script> {unbalanced solvers_ 🚀"
      authors:
        - name: "Ana Ñúñez\r\nBcc: x@example.org"
        - name: {given: Balthasar, family: van der Pol}
        - name: "LONGNAME"
      presentation: spotlight
      pdf: "https://example.org/h1.pdf?a=1&b=2"
    - id: h2
      title: "מאמר בעברית"
      authors:
        - name: "李小龍"
      presentation: spotlight

    """#
    .replacingOccurrences(of: "LONGNAME", with: longName)
}
