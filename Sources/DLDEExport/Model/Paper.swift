/// How an accepted paper is presented.
public enum Presentation: String, Sendable, CaseIterable {
    case contributedTalk = "contributed-talk"
    case spotlight
    case poster

    /// Minutes a talk of this kind needs in a slot (posters share a session).
    public var talkMinutes: Int {
        switch self {
        case .contributedTalk: return 15
        case .spotlight: return 5
        case .poster: return 0
        }
    }
}

/// An accepted paper.
///
/// Its fields live in one shared box (`SharedStorage`): the writers copy
/// papers by the ten thousand, and a copy retains the box, not each field.
public struct Paper: Sendable, Equatable {
    private struct Fields: Sendable, Equatable {
        var id: String
        var title: InlineField
        var authors: [Person]
        var abstract: MarkdownText?
        var keywords: [String]
        var presentation: Presentation
        var pdf: String?
        var openreview: String?
        var code: String?
    }

    private var fields: SharedStorage<Fields>

    public init(id: String, title: InlineField, authors: [Person], abstract: MarkdownText?, keywords: [String],
                presentation: Presentation, pdf: String?, openreview: String?, code: String?) {
        fields = SharedStorage(Fields(id: id, title: title, authors: authors, abstract: abstract, keywords: keywords,
                                      presentation: presentation, pdf: pdf, openreview: openreview, code: code))
    }

    public var id: String {
        _read { yield fields.value.id }
        _modify { yield &fields.value.id }
    }
    public var title: InlineField {
        _read { yield fields.value.title }
        _modify { yield &fields.value.title }
    }
    public var authors: [Person] {
        _read { yield fields.value.authors }
        _modify { yield &fields.value.authors }
    }
    public var abstract: MarkdownText? {
        _read { yield fields.value.abstract }
        _modify { yield &fields.value.abstract }
    }
    public var keywords: [String] {
        _read { yield fields.value.keywords }
        _modify { yield &fields.value.keywords }
    }
    public var presentation: Presentation {
        _read { yield fields.value.presentation }
        _modify { yield &fields.value.presentation }
    }
    public var pdf: String? {
        _read { yield fields.value.pdf }
        _modify { yield &fields.value.pdf }
    }
    public var openreview: String? {
        _read { yield fields.value.openreview }
        _modify { yield &fields.value.openreview }
    }
    public var code: String? {
        _read { yield fields.value.code }
        _modify { yield &fields.value.code }
    }
}
