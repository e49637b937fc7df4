import ArgumentParser
import Foundation

/// `dlde-synth`: writes a synthetic but realistic workshop (for benchmarks
/// and stress tests), the same for the same seed.
@main
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlde-synth",
        abstract: "Write a synthetic workshop (workshop.yaml + papers.yaml) of N papers, deterministic by seed."
    )

    @Option(help: "Number of accepted papers.")
    var papers: Int = 1000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2021

    @Option(help: "Percentage of abstracts that end with a bare URL (a GFM autolink), e.g. for determinism tests of autolinking.")
    var bareURLPercent: Int = 0

    @Option(name: [.customShort("o"), .long], help: "Folder to write workshop.yaml and papers.yaml into.")
    var output: String

    @Flag(help: "Give authors and speakers email addresses (every paper but each tenth has some) and add personal announcements to the authors and the speakers.")
    var withMail = false

    func validate() throws {
        guard papers >= 1 else { throw ValidationError("--papers must be at least 1") }
        guard (0...100).contains(bareURLPercent) else { throw ValidationError("--bare-url-percent must be between 0 and 100") }
    }

    func run() throws {
        let synthesizer = WorkshopSynthesizer(paperCount: papers, seed: seed, bareURLPercent: bareURLPercent, withMail: withMail)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data(synthesizer.workshopYAML().utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent("workshop.yaml"))
        let papers = try synthesizer.papersYAML()
        try Data(papers.yaml.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent("papers.yaml"))
        try Data(papers.abstracts.utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent("abstracts.md"))
    }
}
