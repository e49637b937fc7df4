import DLDEExport
import Dispatch

/// Warnings that read every paper (the booklet's missing glyphs, the `.bib`'s
/// UTF-8 characters), made on another thread while the writers run and
/// printed before the outcome ("wrote ..." or the failure), so the messages
/// come out in the order they always did.
final class PendingWarnings: @unchecked Sendable {
    private var diagnostics: [Diagnostic] = []
    private let group = DispatchGroup()

    init(_ make: @escaping @Sendable () -> [Diagnostic]) {
        DispatchQueue.global().async(group: group) {
            self.diagnostics = make()
            // What the passes freed stays with this thread's malloc arena
            // otherwise, where the writers' threads cannot reuse it.
            Malloc.returnFreedMemory()
        }
    }

    /// Waits for the warnings and prints them.
    func print() {
        group.wait()
        Report.print(diagnostics)
    }
}
