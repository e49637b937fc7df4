import CCmarkGFM
import Foundation

/// Lets cmark-gfm parses run on several threads at once, except where they
/// would race.
///
/// cmark-gfm 0.29.0.gfm.6 (Debian's) keeps the table of special inline
/// characters (`SPECIAL_CHARS` in `inlines.c`, and `SKIP_CHARS` for
/// delimiters) as process-global state. While a parser with inline
/// extensions parses (in `cmark_parser_finish`, and in `cmark_parser_feed`
/// for table rows), `cmark_manage_extensions_special_characters` adds the
/// extensions' characters to that table and removes them afterwards. Two
/// parses on two threads race on it: one removes `:` or `w` while the other
/// scans for autolinks, which then go missing at random. The upstream fix (a
/// table per parser, github/cmark-gfm pull request #176) was never merged.
///
/// So, once, before the first parse (`init`):
/// - The characters of the extensions that match without delimiters
///   (autolink's `:` and `w`) are set in the table for good, and those
///   extensions forget them, so no parse adds or removes them again. Every
///   parse attaches the same extensions, so each still sees the table it
///   saw alone.
/// - The characters of extensions that close delimiters (strikethrough's
///   `~`) stay with them: the inline parser finds the extension of a
///   delimiter by them. Parses still switch these on and off, which matters
///   only to a document holding one of them (the table is consulted at the
///   document's own bytes). Such a document is parsed alone; the others
///   parse side by side (a readers-writer lock).
///
/// Rendering a finished tree (`cmark_render_html`, `_latex`, `_plaintext`)
/// reads only that document's nodes and the renderer's own buffers, and
/// changing a tree's nodes touches only that tree, so both stay parallel.
final class CMarkParseLock: @unchecked Sendable {
    // Unchecked: `toggled` is set in `init` and only read after; the
    // readers-writer lock is made once and never freed.
    /// The extensions every parser attaches, found once.
    let extensions: [UnsafeMutablePointer<cmark_syntax_extension>]
    /// The bytes whose special-character flag parses still switch.
    private let toggled: [Bool]
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    /// Makes the delimiter-free extensions' characters permanent (see the
    /// type's comment). Made once, before any parse, with `extensions` as
    /// every parser attaches them.
    init(extensions: [UnsafeMutablePointer<cmark_syntax_extension>], options: Int32) {
        let parser: OpaquePointer = cmark_parser_new(options)
        defer { cmark_parser_free(parser) }
        for ext in extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        cmark_manage_extensions_special_characters(parser, 1)
        var toggled = [Bool](repeating: false, count: 256)
        for ext in extensions where ext.pointee.special_inline_chars != nil {
            if ext.pointee.insert_inline_from_delim == nil {
                // The extension made its list with the default allocator (autolink.c).
                let list = ext.pointee.special_inline_chars
                cmark_syntax_extension_set_special_inline_chars(ext, nil)
                cmark_llist_free(cmark_get_default_mem_allocator(), list)
                continue
            }
            var item = ext.pointee.special_inline_chars
            while let current = item {
                toggled[Int(UInt(bitPattern: current.pointee.data) & 0xFF)] = true
                item = current.pointee.next
            }
        }
        self.toggled = toggled
        self.extensions = extensions
        lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    /// The bytes whose documents are parsed alone (`~` with Debian's
    /// cmark-gfm).
    var bytesParsedAlone: [UInt8] {
        (0...255).filter { toggled[$0] }.map(UInt8.init)
    }

    /// Runs `parse` of a document whose UTF-8 is `source`: beside other
    /// parses, or alone when `source` holds a byte parses switch.
    func run<T>(source: UnsafeBufferPointer<UInt8>, _ parse: () -> T) -> T {
        let alone = source.contains { toggled[Int($0)] }
        if alone { pthread_rwlock_wrlock(lock) } else { pthread_rwlock_rdlock(lock) }
        defer { pthread_rwlock_unlock(lock) }
        return parse()
    }
}
