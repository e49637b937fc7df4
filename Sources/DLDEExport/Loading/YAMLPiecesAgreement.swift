#if FUZZING
import Foundation

/// For the fuzzer only (`make fuzz`, built with `-DFUZZING`): whether
/// papers.yaml read in pieces of one item (`YAMLListPieces`) gives the same
/// papers and messages as the one-thread reader.
public enum YAMLPiecesAgreement {
    public static func holds(papersYAML data: Data) -> Bool {
        func read(_ itemsPerPiece: ((Int) -> Int)?) -> ([Paper], [Diagnostic]) {
            let sink = DiagnosticSink()
            let papers = YAMLFile.readList(contents: { data }, displayPath: "papers.yaml", rootPath: "papers", sink: sink,
                                           batchSize: 2, itemsPerPiece: itemsPerPiece, readItem: { PapersReader.readPaper($0) }) ?? []
            return (papers, sink.diagnostics)
        }
        let pieces = read { _ in 1 }
        let oneThread = read(nil)
        return pieces.0 == oneThread.0 && pieces.1 == oneThread.1
    }
}
#endif
