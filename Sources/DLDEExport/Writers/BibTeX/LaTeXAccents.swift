import Foundation

/// Writes non-ASCII characters as LaTeX commands that classic BibTeX and
/// pdfLaTeX (OT1 or T1) understand: `{\"o}`, `{\'e}`, `{\l}`, `--`.
///
/// A letter with accents is decomposed with Foundation's canonical mapping
/// (`decomposedStringWithCanonicalMapping`) into its base letter and
/// combining marks, and each mark becomes its accent command, innermost
/// first: "ǘ" is `{\'{\"u}}`. Letters without a decomposition (ø, ł, ß, æ)
/// and common punctuation have their own commands. Each result is one
/// BibTeX "special character" (`{\...}`), so BibTeX sorts, abbreviates and
/// changes its case correctly.
enum LaTeXAccents {
    /// The ASCII LaTeX form of `character`, or nil when it has none
    /// (CJK, emoji, most symbols).
    static func ascii(_ character: Character) -> String? {
        if character.isASCII { return String(character) }
        let scalars = Array(String(character).precomposedStringWithCanonicalMapping.unicodeScalars)
        if scalars.count == 1, let direct = direct[scalars[0]] { return direct }
        let parts = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = parts.first else { return nil }
        let marks = parts.dropFirst()
        guard !marks.isEmpty else { return nil }
        var body: String
        if base.isASCII, base.properties.isAlphabetic {
            // A dotless i or j under an accent above, as LaTeX typesets it.
            let above = marks.first.map { belowMarks[$0] == nil } ?? false
            body = above && (base == "i" || base == "j") ? "\\\(base)" : String(base)
        } else if let special = direct[base], special.hasPrefix("{\\") {
            body = String(special.dropFirst().dropLast())
        } else {
            return nil
        }
        for mark in marks {
            guard let command = aboveMarks[mark] ?? belowMarks[mark] else { return nil }
            let symbolCommand = !command.first!.isLetter
            // `\'e`, `\'\i`; `\v{s}`, `\'{\"u}`.
            let simple = body.count == 1 || (body.hasPrefix("\\") && body.dropFirst().allSatisfy(\.isLetter))
            body = symbolCommand && simple ? "\\\(command)\(body)" : "\\\(command){\(body)}"
        }
        return "{\(body)}"
    }

    /// Combining marks set above the letter, with their accent commands.
    static let aboveMarks: [Unicode.Scalar: String] = [
        "\u{0300}": "`", "\u{0301}": "'", "\u{0302}": "^", "\u{0303}": "~", "\u{0304}": "=",
        "\u{0306}": "u", "\u{0307}": ".", "\u{0308}": "\"", "\u{030A}": "r", "\u{030B}": "H",
        "\u{030C}": "v",
    ]

    /// Combining marks set below the letter.
    static let belowMarks: [Unicode.Scalar: String] = [
        "\u{0323}": "d", "\u{0327}": "c", "\u{0328}": "k", "\u{0331}": "b",
    ]

    /// Characters with a command of their own.
    static let direct: [Unicode.Scalar: String] = [
        "ø": "{\\o}", "Ø": "{\\O}", "ł": "{\\l}", "Ł": "{\\L}", "ß": "{\\ss}", "æ": "{\\ae}",
        "Æ": "{\\AE}", "œ": "{\\oe}", "Œ": "{\\OE}", "å": "{\\aa}", "Å": "{\\AA}", "ı": "{\\i}",
        "ȷ": "{\\j}",
        "\u{00A0}": "~", "\u{2002}": "\\enspace{}", "\u{2003}": "\\quad{}", "\u{2009}": "\\,",
        "\u{202F}": "\\,",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2013}": "--", "\u{2014}": "---", "\u{2212}": "{$-$}",
        "\u{2018}": "`", "\u{2019}": "'", "\u{201C}": "``", "\u{201D}": "''",
        "\u{2026}": "{\\ldots}", "\u{00A1}": "{!`}", "\u{00BF}": "{?`}",
        "\u{00A3}": "{\\pounds}", "\u{00A7}": "{\\S}", "\u{00B6}": "{\\P}", "\u{00A9}": "{\\copyright}",
        "\u{2020}": "{\\dag}", "\u{2021}": "{\\ddag}", "\u{2022}": "{\\textbullet}",
        "\u{00B7}": "{\\textperiodcentered}", "\u{00B0}": "{\\textdegree}",
        "\u{00D7}": "{$\\times$}", "\u{00B1}": "{$\\pm$}", "\u{00F7}": "{$\\div$}",
        "\u{2192}": "{$\\rightarrow$}", "\u{2190}": "{$\\leftarrow$}", "\u{2194}": "{$\\leftrightarrow$}",
        "\u{2264}": "{$\\leq$}", "\u{2265}": "{$\\geq$}", "\u{2260}": "{$\\neq$}", "\u{2248}": "{$\\approx$}",
        "\u{221E}": "{$\\infty$}", "\u{2202}": "{$\\partial$}", "\u{2207}": "{$\\nabla$}",
        "\u{2208}": "{$\\in$}", "\u{2211}": "{$\\sum$}", "\u{222B}": "{$\\int$}",
        "α": "{$\\alpha$}", "β": "{$\\beta$}", "γ": "{$\\gamma$}", "δ": "{$\\delta$}",
        "ε": "{$\\varepsilon$}", "ϵ": "{$\\epsilon$}", "ζ": "{$\\zeta$}", "η": "{$\\eta$}", "θ": "{$\\theta$}",
        "ι": "{$\\iota$}", "κ": "{$\\kappa$}", "λ": "{$\\lambda$}", "μ": "{$\\mu$}",
        "\u{00B5}": "{$\\mu$}", "ν": "{$\\nu$}", "ξ": "{$\\xi$}", "π": "{$\\pi$}", "ρ": "{$\\rho$}",
        "σ": "{$\\sigma$}", "ς": "{$\\varsigma$}", "τ": "{$\\tau$}", "υ": "{$\\upsilon$}",
        "φ": "{$\\phi$}", "χ": "{$\\chi$}", "ψ": "{$\\psi$}", "ω": "{$\\omega$}",
        "Γ": "{$\\Gamma$}", "Δ": "{$\\Delta$}", "Θ": "{$\\Theta$}", "Λ": "{$\\Lambda$}",
        "Ξ": "{$\\Xi$}", "Π": "{$\\Pi$}", "Σ": "{$\\Sigma$}", "Υ": "{$\\Upsilon$}",
        "Φ": "{$\\Phi$}", "Ψ": "{$\\Psi$}", "Ω": "{$\\Omega$}",
    ]
}
