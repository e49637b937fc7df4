/// A small valid workshop, to break one line at a time in tests.
enum MinimalWorkshop {
    static let workshop = """
    id: mini-2024
    title: "A Minimal Workshop"
    short_title: MINI
    venue: "Test Conference 2024 Workshop"
    year: 2024
    url: "https://mini.example.org/"
    location: Online
    timezone: America/New_York
    extra_timezones: [UTC]
    date: 2024-05-10
    mailing_list: list@example.org
    contact:
      - name: Ada Organizer
        email: ada@example.org
    introduction: Hello *world*.
    important_dates:
      - label: Deadline
        at: "2024-03-01T23:59:00-08:00"
    speakers:
      - id: grace
        name: Grace Speaker
        affiliation: Somewhere University
        url: "https://grace.example.org/"
        bio: Grace works on $\\mathcal{O}(n)$ solvers.
    organizers:
      - name: Ada Organizer
        affiliation: Test Institute
        url: "https://ada.example.org/"
    sponsors:
      - name: ACME
        url: "https://acme.example.org/"
    schedule:
      - start: "09:00"
        kind: opening
      - start: "09:10"
        kind: invited-talk
        speaker: grace
      - start: "10:00"
        kind: contributed-talk
        papers: [p1]
      - start: "10:15"
        kind: poster-session
        papers: [p1, p2]
        end: "11:00"
    announcements:
      - id: cfp
        date: "2024-01-15T09:00:00-05:00"
        kind: call-for-papers
        subject: "Call for papers"
        body: Please submit.

    """

    static let papers = """
    - id: p1
      title: "Neural ODEs in $\\\\mathcal{O}(n)$"
      authors:
        - name: Ana Author
          affiliation: Uni A
        - name: {given: Balthasar, family: van der Pol}
      abstract: We study *things*.
      presentation: contributed-talk
      pdf: "https://example.org/p1.pdf"
    - id: p2
      title: "A Poster"
      authors:
        - name: Bo Author
      presentation: poster

    """
}
