/// A text field of the model with math in it, as the math pass sees it.
struct RenderedFieldRef {
    /// Key path of the field (`papers[3].abstract`), for diagnostics.
    var keyPath: String
    /// The field as written.
    var source: String
}

extension Workshop {
    /// Calls `body` with every rendered text field (Markdown fields and
    /// titles), its key path and its source, so one pass can read or
    /// rewrite them all; the one list of the model's text fields for math.
    mutating func forEachRenderedField(_ body: (RenderedFieldRef, inout RenderedText) -> Void) {
        func visit(_ path: String, _ field: inout MarkdownText?) {
            guard var text = field else { return }
            body(RenderedFieldRef(keyPath: path, source: text.source), &text.rendered)
            field = text
        }
        func visit(_ path: String, _ field: inout InlineField?) {
            guard var text = field else { return }
            body(RenderedFieldRef(keyPath: path, source: text.source), &text.rendered)
            field = text
        }
        visit("introduction", &introduction)
        visit("call_for_papers", &callForPapers)
        for index in speakers.indices { visit("speakers[\(index)].bio", &speakers[index].bio) }
        for index in organizers.indices { visit("organizers[\(index)].bio", &organizers[index].bio) }
        for index in schedule.indices { visit("schedule[\(index)].title", &schedule[index].title) }
        for index in announcements.indices { visit("announcements[\(index)].body", &announcements[index].body) }
        for index in papers.indices {
            body(RenderedFieldRef(keyPath: "papers[\(index)].title", source: papers[index].title.source), &papers[index].title.rendered)
            visit("papers[\(index)].abstract", &papers[index].abstract)
            for author in papers[index].authors.indices {
                visit("papers[\(index)].authors[\(author)].bio", &papers[index].authors[author].bio)
            }
        }
    }
}
