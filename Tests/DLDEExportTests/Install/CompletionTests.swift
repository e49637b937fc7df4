import Foundation
import Testing

/// The installed completion scripts, loaded by the shells themselves:
/// `dlde-export bi<TAB>` completes to `bibtex`.
@Suite("Installed shell completions")
struct CompletionTests {
    /// bash-completion loads the file from the installed folder by the
    /// command's name (XDG_DATA_DIRS), then the function it registers is run
    /// as bash would on TAB.
    @Test func bashCompletesASubcommand() throws {
        let installation = Installation()
        #expect(installation.result.status == 0, "\(installation.result.stderr)")
        let script = """
        source /usr/share/bash-completion/bash_completion || exit 3
        __load_completion dlde-export || exit 4
        spec=$(complete -p dlde-export) || exit 5
        function=${spec##* -F }; function=${function%% *}
        COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
        read -r -a COMP_WORDS <<< "$COMP_LINE"; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        "$function" dlde-export "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let environment = ["XDG_DATA_DIRS": installation.path("usr/share")]
        let bi = Run.program("bash", ["--norc", "--noprofile", "-c", script, "bash", "dlde-export bi"], in: installation.destination.path, environment: environment)
        #expect(bi.status == 0, "\(bi.stderr)")
        #expect(bi.stdout == "bibtex\n")
        let option = Run.program("bash", ["--norc", "--noprofile", "-c", script, "bash", "dlde-export bibtex --work"], in: installation.destination.path, environment: environment)
        #expect(option.stdout == "--workshop\n", "\(option.stderr)")
    }

    /// zsh's compinit finds `_dlde-export` in the installed folder on `fpath`;
    /// an interactive zsh in a pseudo-terminal (zsh/zpty) gets a TAB and
    /// prints the line it completed.
    @Test func zshCompletesASubcommand() throws {
        let installation = Installation()
        #expect(installation.result.status == 0, "\(installation.result.stderr)")
        let script = #"""
        zmodload zsh/zpty || exit 3
        zpty z zsh -f -i
        zpty -w z "bindkey -e; PS1='%% '; fpath=(${1:q} \$fpath); autoload -U compinit; compinit -u -D"
        zpty -wn z "$2"$'\t'
        sleep 1
        zpty -wn z $'\C-aprint -r -- COMPLETED:\n'
        out="" chunk=""
        integer deadline=$(( SECONDS + 20 ))
        while (( SECONDS < deadline )); do
          if zpty -r -t z chunk; then out+=$chunk; else sleep 0.1; fi
          [[ ${out//$'\r'/} == *$'\nCOMPLETED:'*$'\n'* ]] && break
        done
        zpty -d z
        print -r -- "${${(f)out//$'\r'/}[(r)COMPLETED:*]}"
        """#
        let empty = TemporaryFolder()
        let result = Run.program("zsh", ["-f", "-c", script, "zsh", installation.path("usr/share/zsh/site-functions"), "dlde-export bi"], in: empty.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "COMPLETED:dlde-export bibtex", "\(result.stdout)")
    }

    /// fish reads the installed file and answers `complete -C`.
    @Test func fishCompletesASubcommand() throws {
        let installation = Installation()
        #expect(installation.result.status == 0, "\(installation.result.stderr)")
        let file = installation.path("usr/share/fish/vendor_completions.d/dlde-export.fish")
        let result = Run.program("fish", ["--no-config", "-c", "source $argv[1]; and complete -C 'dlde-export bi'", file])
        #expect(result.status == 0, "\(result.stderr)")
        let candidates = result.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: "\t")[0] }
        #expect(candidates == ["bibtex"], "\(result.stdout)")
    }
}
