/// Makes a TeX math span safe to place between `$...$` in a LaTeX document.
///
/// Policy (allow-list): a control word passes only if it is a math command
/// listed in `allowedCommands`, all of which are defined by LaTeX itself,
/// `amsmath` or `amssymb`. Anything else (`\input`, `\include`, `\write`,
/// `\openout`, `\read`, `\def`, `\catcode`, `\csname`, `\immediate`,
/// `\begin`, unknown macros...) is shown, not run: it becomes
/// `\backslash\mathrm{name}`. TeX's `^^` character notation, which could
/// spell a backslash, is broken up; `%`, `#`, `&` are escaped; unbalanced
/// braces are escaped; a `\left` without its `\right` is dropped; non-ASCII
/// characters are set with `\text{...}`. The result never reads a file, never
/// defines anything and never leaves math mode.
public enum TeXMathSanitizer {
    /// Packages the sanitised math needs in the preamble.
    public static let requiredPackages = ["amsmath", "amssymb"]

    /// Returns TeX for the inside of a math span.
    public static func sanitize(_ tex: String) -> String {
        let scalars = Array(tex.unicodeScalars)
        let braces = bracesBalance(scalars)
        let delimiters = leftRightBalance(scalars)
        var out = ""
        out.reserveCapacity(tex.utf8.count + 16)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                index = appendCommand(scalars, at: index, keepLeftRight: delimiters, into: &out)
                continue
            case "{", "}":
                out += braces ? String(scalar) : "\\\(scalar)"
            case "%", "#", "&", "$":
                out += "\\\(scalar)"
            case "^":
                if index + 1 < scalars.count, scalars[index + 1] == "^" {
                    out += "^{\\wedge}"
                    index += 2
                    continue
                }
                out += "^"
            case "\n", "\r", "\t":
                out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                } else if scalar.isASCII {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\text{\(scalar)}"
                }
            }
            index += 1
        }
        // A trailing sub- or superscript marker would swallow the closing `$`.
        if let last = out.last, last == "_" || last == "^" { out += "{}" }
        return out
    }

    private static func appendCommand(_ scalars: [Unicode.Scalar], at start: Int, keepLeftRight: Bool, into out: inout String) -> Int {
        var end = start + 1
        guard end < scalars.count else {
            out += "\\backslash "
            return end
        }
        if isLetter(scalars[end]) {
            while end < scalars.count, isLetter(scalars[end]) { end += 1 }
            let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
            if (name == "left" || name == "right") && !keepLeftRight {
                return end
            }
            if allowedCommands.contains(name) {
                out += "\\" + name
                // Keep a space after the control word if the next letter would join it.
                if end < scalars.count, isLetter(scalars[end]) { out += " " }
            } else {
                out += "\\backslash\\mathrm{\(name)}"
            }
            return end
        }
        let symbol = scalars[end]
        if allowedSymbols.contains(symbol) {
            out += "\\\(symbol)"
        } else if symbol == "\\" {
            out += "\\backslash "
        } else {
            out += "\\backslash "
            return end // the symbol itself is handled by the main loop
        }
        return end + 1
    }

    /// The control words of `tex` that `sanitize` shows as text instead of
    /// running (not on the allow-list), in order, each once.
    public static func refusedCommands(in tex: String) -> [String] {
        let scalars = Array(tex.unicodeScalars)
        var refused: [String] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\\" else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, isLetter(scalars[end]) { end += 1 }
            if end > index + 1 {
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                if !allowedCommands.contains(name), !refused.contains(name) { refused.append(name) }
            }
            index = max(end, index + 2)
        }
        return refused
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// True when every `}` closes an earlier `{` (ignoring `\{` and `\}`).
    private static func bracesBalance(_ scalars: [Unicode.Scalar]) -> Bool {
        var depth = 0
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 2; continue
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth < 0 { return false }
            default: break
            }
            index += 1
        }
        return depth == 0
    }

    /// True when `\left` and `\right` pair up in order.
    private static func leftRightBalance(_ scalars: [Unicode.Scalar]) -> Bool {
        var depth = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\\" else { index += 1; continue }
            var end = index + 1
            while end < scalars.count, isLetter(scalars[end]) { end += 1 }
            let length = end - index - 1
            if length == 4, scalars[index + 1] == "l", scalars[index + 2] == "e", scalars[index + 3] == "f", scalars[index + 4] == "t" {
                depth += 1
            } else if length == 5, scalars[index + 1] == "r", scalars[index + 2] == "i", scalars[index + 3] == "g",
                      scalars[index + 4] == "h", scalars[index + 5] == "t" {
                depth -= 1
                if depth < 0 { return false }
            }
            index = max(end, index + 2)
        }
        return depth == 0
    }

    /// Control symbols that only typeset: spacing and escaped specials.
    static let allowedSymbols: Set<Unicode.Scalar> = [",", ";", ":", "!", " ", "{", "}", "|", "%", "#", "&", "_", "$"]

    /// Math commands defined by LaTeX, amsmath and amssymb that only typeset.
    static let allowedCommands: Set<String> = [
        // Greek
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
        "iota", "kappa", "varkappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma",
        "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta",
        "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega", "digamma",
        // large operators and functions
        "sum", "prod", "coprod", "int", "iint", "iiint", "oint", "bigcup", "bigcap", "bigoplus", "bigotimes",
        "bigvee", "bigwedge", "lim", "liminf", "limsup", "sup", "inf", "max", "min", "arg", "log", "ln", "lg",
        "exp", "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
        "det", "dim", "ker", "deg", "gcd", "hom", "Pr", "operatorname", "mathop", "limits", "nolimits",
        // relations and arrows
        "leq", "geq", "le", "ge", "neq", "ne", "approx", "sim", "simeq", "cong", "equiv", "propto", "ll", "gg",
        "prec", "succ", "preceq", "succeq", "subset", "subseteq", "supset", "supseteq", "subsetneq", "in",
        "notin", "ni", "mid", "nmid", "parallel", "perp", "models", "vdash", "dashv", "asymp", "doteq",
        "lesssim", "gtrsim", "leqslant", "geqslant", "to", "gets", "rightarrow", "leftarrow", "Rightarrow",
        "Leftarrow", "leftrightarrow", "Leftrightarrow", "longrightarrow", "longleftarrow", "Longrightarrow",
        "Longleftarrow", "longmapsto", "mapsto", "implies", "impliedby", "iff", "uparrow", "downarrow",
        "hookrightarrow", "rightharpoonup", "rightleftharpoons", "xrightarrow", "xleftarrow",
        // binary operators
        "cdot", "times", "div", "pm", "mp", "circ", "ast", "star", "oplus", "ominus", "otimes", "odot",
        "oslash", "wedge", "vee", "land", "lor", "cap", "cup", "sqcup", "sqcap", "uplus", "setminus",
        "bullet", "dagger", "ddagger", "diamond", "triangle", "bigtriangleup", "wr", "amalg",
        // symbols
        "infty", "partial", "nabla", "forall", "exists", "nexists", "emptyset", "varnothing", "ell", "hbar",
        "Re", "Im", "wp", "aleph", "prime", "dots", "ldots", "cdots", "vdots", "ddots", "dotsc", "dotsb",
        "angle", "top", "bot", "neg", "lnot", "square", "blacksquare", "checkmark", "flat", "sharp", "natural",
        "surd", "Box", "triangleq", "backslash", "colon", "ldotp", "cdotp",
        // delimiters
        "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
        "Biggl", "Biggr", "middle", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "lvert",
        "rvert", "lVert", "rVert", "vert", "Vert", "lbrace", "rbrace", "lbrack", "rbrack",
        // fonts and text
        "mathcal", "mathbb", "mathbf", "mathrm", "mathit", "mathsf", "mathtt", "mathfrak",
        "boldsymbol", "text", "textrm", "textit", "textbf", "mathnormal",
        // accents and structures
        "hat", "widehat", "bar", "overline", "underline", "tilde", "widetilde", "vec", "dot", "ddot",
        "check", "breve", "acute", "grave", "mathring", "overbrace", "underbrace", "overrightarrow",
        "overleftarrow", "frac", "dfrac", "tfrac", "cfrac", "sqrt", "binom", "dbinom", "tbinom", "stackrel",
        "overset", "underset", "substack", "pmod", "bmod", "mod",
        // spacing and style
        "quad", "qquad", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "enspace",
        "thinspace", "medspace", "thickspace", "negthinspace",
    ]
}
