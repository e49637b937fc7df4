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
    /// `releaseLaTeX()` reads the Markdown ones without rewriting them
    /// (`DeferredLaTeXTests` checks that it reaches every field visited here).
    /// - Parameter includingPapers: false leaves out the papers' fields
    ///   (`Paper.forEachRenderedField`, for a pass over them on every core).
    mutating func forEachRenderedField(includingPapers: Bool = true, _ body: (RenderedFieldRef, inout RenderedText) -> Void) {
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
        guard includingPapers else { return }
        for index in papers.indices { papers[index].forEachRenderedField(index: index, body) }
    }
}

extension Paper {
    /// `Workshop.forEachRenderedField` for paper `index`'s fields.
    mutating func forEachRenderedField(index: Int, _ body: (RenderedFieldRef, inout RenderedText) -> Void) {
        body(RenderedFieldRef(keyPath: "papers[\(index)].title", source: title.source), &title.rendered)
        if var text = abstract {
            body(RenderedFieldRef(keyPath: "papers[\(index)].abstract", source: text.source), &text.rendered)
            abstract = text
        }
        for author in authors.indices {
            guard var bio = authors[author].bio else { continue }
            body(RenderedFieldRef(keyPath: "papers[\(index)].authors[\(author)].bio", source: bio.source), &bio.rendered)
            authors[author].bio = bio
        }
    }
}
