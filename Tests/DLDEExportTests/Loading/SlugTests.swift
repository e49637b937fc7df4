import Testing
@testable import DLDEExport

@Suite("Ids from names")
struct SlugTests {
    @Test func latinLettersFoldToASCII() {
        #expect(Validators.slugify("Björn Lütjens") == "bjorn-lutjens")
        #expect(Validators.slugify("Łukasz Dąbrowski") == "lukasz-dabrowski")
        #expect(Validators.slugify("Søren Ørsted") == "soren-orsted")
        #expect(Validators.slugify("Luca Herranz-Celotti") == "luca-herranz-celotti")
        #expect(Validators.slugify("Jürgen Groß") == "jurgen-gross")
        #expect(Validators.slugify("Nguyễn Văn Trần") == "nguyen-van-tran")
    }

    @Test func otherScriptsAreTransliterated() {
        #expect(Validators.slugify("Дмитрий Иванов").hasPrefix("dmitrij"))
        #expect(Validators.slugify("Αλέξανδρος") == "alexandros")
        #expect(!Validators.slugify("王小明").isEmpty)
    }

    @Test func punctuationBecomesSingleDashes() {
        #expect(Validators.slugify("  O'Brien, Jr.  ") == "o-brien-jr")
    }
}
