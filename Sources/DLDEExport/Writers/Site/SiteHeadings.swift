/// Headings inside the introduction and the call for papers, one level up.
///
/// The rendered HTML of every Markdown field starts its headings at `<h4>`
/// (`HeadingLevels`: the booklet puts a field under an `<h3>` item). The
/// site's About and Call for papers are fields right under an `<h2>`, where
/// an `<h4>` would skip a level (axe-core's `heading-order`). The rendered
/// HTML holds no raw HTML (cmark-gfm's output with raw HTML dropped; `<` in
/// text is `&lt;`), so every `<h4`…`</h6>` in it is a heading tag.
enum SiteHeadings {
    static func raised(_ html: String) -> String {
        guard html.contains("<h") else { return html }
        var out = html
        for level in 4...6 {
            out = out.replacingOccurrences(of: "<h\(level)", with: "<h\(level - 1)")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(level - 1)>")
        }
        return out
    }
}
