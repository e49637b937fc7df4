import ArgumentParser
import DLDEExport
import Foundation

extension Presentation: ExpressibleByArgument {}

/// `dlde-export import FILE`: prints the papers.yaml an export gives.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Print the papers.yaml equivalent of an OpenReview notes export (.json) or a CSV export (.csv).",
        discussion: """
        Reads OpenReview notes (API v1 or v2), or a CSV with CMT's, SoftConf's or papers.yaml's \
        column names, and prints the accepted papers as papers.yaml on standard output: \
        dlde-export import accepted.csv --presentation poster > data/my-workshop/papers.yaml
        """
    )

    @Argument(help: "The export: an OpenReview notes .json file or a .csv file with a header row.")
    var file: String

    @Option(help: "Presentation type of the papers whose row or note names none (contributed-talk, spotlight, poster).")
    var presentation: Presentation?

    func validate() throws {
        guard PapersImport.Format(path: file) != nil else {
            throw ValidationError("'\(file)' is neither a .json nor a .csv file; dlde-export imports OpenReview notes (.json) and CSV exports (.csv)")
        }
    }

    func run() throws {
        do {
            let result = try PapersImport.importFile(file, defaultPresentation: presentation)
            Report.print(result.warnings)
            FileHandle.standardOutput.write(Data(result.yaml.utf8))
            Report.note("\(file): \(result.papers.count) paper\(result.papers.count == 1 ? "" : "s") imported")
        } catch {
            throw Report.fail(error)
        }
    }
}
