import Foundation

/// Makes cmark-gfm parses run one at a time across the process.
///
/// cmark-gfm 0.29.0.gfm.6 (Debian's) keeps the table of special inline
/// characters (`SPECIAL_CHARS` in `inlines.c`) as process-global state.
/// While a parser with inline extensions parses (in `cmark_parser_feed`, for
/// table rows, and in `cmark_parser_finish`), `blocks.c` adds the
/// extensions' characters to that table and removes them afterwards
/// (`cmark_manage_extensions_special_characters`). Two parses on two threads
/// race on it: one removes `:` or `w` while the other scans for autolinks,
/// which then go missing at random. The upstream fix (a table per parser,
/// github/cmark-gfm pull request #176) was never merged.
///
/// Rendering a finished tree (`cmark_render_html`, `_latex`, `_plaintext`)
/// reads only that document's nodes and the renderer's own buffers, and
/// changing a tree's nodes touches only that tree, so both stay parallel.
enum CMarkParseLock {
    private static let lock = NSLock()

    /// Runs `parse` while no other cmark-gfm parse runs.
    static func run<T>(_ parse: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return parse()
    }
}
