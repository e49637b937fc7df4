import Testing
@testable import DLDEExport

@Suite("TeX math allow-list")
struct TeXMathSanitizerTests {
    @Test func ordinaryMathPasses() {
        #expect(TeXMathSanitizer.sanitize("\\mathcal{O}(n \\log n)") == "\\mathcal{O}(n \\log n)")
        #expect(TeXMathSanitizer.sanitize("\\frac{\\partial u}{\\partial t} = \\nabla^2 u") == "\\frac{\\partial u}{\\partial t} = \\nabla^2 u")
        #expect(TeXMathSanitizer.sanitize("\\left( x \\right)") == "\\left( x \\right)")
    }

    @Test func primitivesAreShownNotRun() {
        for primitive in ["input", "include", "write", "openout", "read", "def", "catcode", "csname", "immediate", "begin", "end"] {
            let out = TeXMathSanitizer.sanitize("\\\(primitive){x}")
            #expect(out.hasPrefix("\\backslash\\mathrm{\(primitive)}"), "\(primitive): \(out)")
        }
    }

    @Test func specialsAreEscaped() {
        #expect(TeXMathSanitizer.sanitize("50% # & ~") == "50\\% \\# \\& ~")
        #expect(TeXMathSanitizer.sanitize("^^5cinput") == "^{\\wedge}5cinput")
        #expect(TeXMathSanitizer.sanitize("x_") == "x_{}")
        #expect(TeXMathSanitizer.sanitize("a \\\\ b") == "a \\backslash  b")
    }

    @Test func unbalancedBracesAndDelimiters() {
        #expect(TeXMathSanitizer.sanitize("{a") == "\\{a")
        #expect(TeXMathSanitizer.sanitize("a}{") == "a\\}\\{")
        #expect(TeXMathSanitizer.sanitize("\\left( x") == "( x")
    }

    @Test func nonASCIIGoesToText() {
        #expect(TeXMathSanitizer.sanitize("α+é") == "\\text{α}+\\text{é}")
    }
}
