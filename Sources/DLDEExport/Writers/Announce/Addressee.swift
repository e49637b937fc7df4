/// Whom one copy of a personal announcement is for: the authors of one
/// paper (one message per paper, so co-authors see each other and nobody
/// else) or one invited speaker.
enum Addressee {
    case paper(Paper)
    case speaker(Person)

    /// The people the message is addressed to, each once, in byline order:
    /// those with an address.
    var mailboxes: [Mailbox] {
        var seen = Set<String>()
        var mailboxes: [Mailbox] = []
        for person in people {
            guard let address = person.email, seen.insert(address.lowercased()).inserted else { continue }
            mailboxes.append(Mailbox(name: person.name.display, address: address))
        }
        return mailboxes
    }

    var people: [Person] {
        switch self {
        case .paper(let paper): return paper.authors
        case .speaker(let speaker): return [speaker]
        }
    }

    /// `paper-<id>` or `speaker-<id>`: the file name below
    /// `announcements/<announcement id>/` (a prefix, so a paper id `..` is
    /// a plain name) and a part of the Message-ID.
    var name: String {
        switch self {
        case .paper(let paper): return "paper-" + paper.id
        case .speaker(let speaker): return "speaker-" + speaker.id
        }
    }

    /// `name` as dot-atom text for a Message-ID: paper ids may hold dots
    /// that dot-atom text forbids (`a..b`, a trailing dot); such a name is
    /// written as hexadecimal UTF-8 instead, so it stays unique.
    var messageIDPart: String {
        let name = self.name
        if !name.contains(".."), !name.hasSuffix(".") { return name }
        return "x" + name.utf8.map { String($0, radix: 16, uppercase: false).leftPadded(to: 2) }.joined()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
