import Foundation

/// `make install DESTDIR=<fresh folder> PREFIX=/usr BIN=<the tested binary>`:
/// the Makefile's own install, of the debug build `swift test` made (the
/// default, the release build, would take minutes to build in CI).
/// Each test installs its own (about two seconds), removed when it ends.
final class Installation {
    /// The DESTDIR.
    let destination = TemporaryFolder()
    let result: RunResult

    /// What `make install` must put in place, relative to DESTDIR.
    static let files = [
        "usr/bin/dlde-export",
        "usr/share/man/man1/dlde-export.1",
        "usr/share/bash-completion/completions/dlde-export",
        "usr/share/zsh/site-functions/_dlde-export",
        "usr/share/fish/vendor_completions.d/dlde-export.fish",
    ]

    init() {
        result = Self.make("install", destination: destination.path)
    }

    /// Runs `make TARGET DESTDIR=... PREFIX=/usr BIN=...` in the package root.
    static func make(_ target: String, destination: String) -> RunResult {
        Run.program("make", ["--no-print-directory", "-C", TestPaths.root.path, target,
                             "DESTDIR=\(destination)", "PREFIX=/usr", "BIN=\(TestPaths.binary.path)"])
    }

    func path(_ relative: String) -> String { destination.url.appendingPathComponent(relative).path }

    var binary: String { path("usr/bin/dlde-export") }
    var manPage: String { path("usr/share/man/man1/dlde-export.1") }

    /// Every file (not folder) below DESTDIR, relative to it.
    var installedFiles: [String] {
        destination.snapshot(".").keys.filter { relative in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path(relative), isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }
}
