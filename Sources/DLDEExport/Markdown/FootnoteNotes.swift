import CCmarkGFM

/// GFM footnotes (`text[^1]` and `[^1]: note`) as notes that stay with
/// their field: cmark-gfm's HTML links references and notes by ids
/// (`fn-1`) that would clash between two abstracts on one page, and its
/// LaTeX renderer drops the references. Each reference becomes a marker
/// (a custom inline that each target fills in: `FootnoteMarkers.show`),
/// and the notes, already at the end of the document in the order of
/// their first reference, become an ordered list after a thematic break,
/// numbered like the markers.
struct FootnoteMarkers {
    /// The marker nodes with their note's number.
    private(set) var markers: [(node: OpaquePointer, number: String)] = []

    init(_ document: CMarkDocument) {
        var references: [OpaquePointer] = []
        var definitions: [OpaquePointer] = []
        document.walk { node, type in
            if type == CMARK_NODE_FOOTNOTE_REFERENCE { references.append(node) }
            if type == CMARK_NODE_FOOTNOTE_DEFINITION { definitions.append(node) }
        }
        for reference in references {
            // cmark-gfm keeps the note's number as the reference's literal.
            let number = cmark_node_get_literal(reference).map { String(cString: $0) } ?? ""
            let marker = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            if cmark_node_insert_before(reference, marker) == 1 {
                markers.append((marker, number))
            } else {
                // A table cell takes no custom inline: the number as text.
                cmark_node_free(marker)
                let text = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(text, "[\(number)]")
                cmark_node_insert_before(reference, text)
            }
            cmark_node_unlink(reference)
            cmark_node_free(reference)
        }
        guard let first = definitions.first else { return }
        let rule = cmark_node_new(CMARK_NODE_THEMATIC_BREAK)
        let list = cmark_node_new(CMARK_NODE_LIST)
        cmark_node_set_list_type(list, CMARK_ORDERED_LIST)
        cmark_node_set_list_start(list, 1)
        cmark_node_set_list_tight(list, 1)
        cmark_node_insert_before(first, rule)
        cmark_node_insert_before(first, list)
        for definition in definitions {
            let item = cmark_node_new(CMARK_NODE_ITEM)
            while let child = cmark_node_first_child(definition) {
                cmark_node_append_child(item, child)
            }
            cmark_node_append_child(list, item)
            cmark_node_unlink(definition)
            cmark_node_free(definition)
        }
    }

    /// Sets every marker's text for the next rendering: `form(number)`,
    /// raw target markup.
    func show(_ form: (String) -> String) {
        for (node, number) in markers {
            cmark_node_set_on_enter(node, form(number))
        }
    }
}
