import Foundation
import Testing

/// The installed man page through man-db's `man`, which formats it with groff.
@Suite("Installed man page")
struct ManPageTests {
    /// `MANWIDTH=80 man --warnings -l PAGE`: groff's warnings on standard error.
    static func render(_ page: String) -> RunResult {
        Run.program("man", ["--warnings", "-l", page], environment: ["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat", "LC_ALL": "C.UTF-8"])
    }

    @Test func rendersWithoutWarningsAndListsEverySubcommand() throws {
        let installation = Installation()
        #expect(installation.result.status == 0, "\(installation.result.stderr)")
        let rendered = Self.render(installation.manPage)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stderr.isEmpty, "man/groff said: \(rendered.stderr)")
        // As `2>&1` shows them: "mdoc warning: ...", "troff: <standard input>:12: warning: ...".
        let warnings = (rendered.stdout + rendered.stderr).components(separatedBy: "\n").filter {
            $0.contains("warning:") || $0.hasPrefix("troff:") || $0.hasPrefix("groff:") || $0.hasPrefix("man:") || $0.contains("<standard input>:")
        }
        #expect(warnings.isEmpty, "\(warnings)")

        let lines = rendered.stdout.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("DLDE-EXPORT(1)") })
        let version = try installedVersion(installation)
        #expect(lines.contains { $0.hasPrefix("dlde-export \(version) ") }, "the footer names the version")
        // Every subcommand the installed binary defines, as an entry of its own.
        let names = try subcommandNames(installation)
        #expect(names.count >= 9)
        for name in names {
            #expect(lines.contains { $0.hasPrefix("     \(name) ") || $0 == "     \(name)" }, "no entry for '\(name)'")
        }
    }

    /// The version `--version` prints, without the name.
    func installedVersion(_ installation: Installation) throws -> String {
        let result = Run.program(installation.binary, ["--version"])
        return String(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst("dlde-export ".count))
    }

    /// The subcommands from the binary's own description of its commands.
    func subcommandNames(_ installation: Installation) throws -> [String] {
        let dump = Run.program(installation.binary, ["--experimental-dump-help"])
        #expect(dump.status == 0, "\(dump.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: dump.stdoutData) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let subcommands = try #require(command["subcommands"] as? [[String: Any]])
        return subcommands.compactMap { $0["commandName"] as? String }
    }
}
