import Testing
@testable import DLDEExport

@Suite("NameParts: given and family names")
struct NamePartsTests {
    @Test(arguments: [
        ("Benjamin P. Chamberlain", "Benjamin P.", "Chamberlain", nil),
        ("Juan-Pablo Ortega", "Juan-Pablo", "Ortega", nil),
        ("Luca Herranz-Celotti", "Luca", "Herranz-Celotti", nil),
        ("Balthasar van der Pol", "Balthasar", "van der Pol", nil),
        ("Filipe de Avila Belbute-Peres", "Filipe", "de Avila Belbute-Peres", nil),
        ("José María de la Fuente", "José María", "de la Fuente", nil),
        ("Émilie du Châtelet", "Émilie", "du Châtelet", nil),
        ("Leonardo da Vinci", "Leonardo", "da Vinci", nil),
        ("Ludwig von Mises", "Ludwig", "von Mises", nil),
        ("Jean-Baptiste le Rond d'Alembert", "Jean-Baptiste", "le Rond d'Alembert", nil),
        ("Mohammed bin Salman", "Mohammed", "bin Salman", nil),
        ("Benjamin Van Durme", "Benjamin", "Van Durme", nil),
        ("Martin Luther King Jr.", "Martin Luther", "King", "Jr."),
        ("Aristotle", "", "Aristotle", nil),
        ("van Gogh", "", "van Gogh", nil),
        ("Ramón y Cajal, Santiago", "Santiago", "Ramón y Cajal", nil),
        ("  Ada   Lovelace ", "Ada", "Lovelace", nil),
        // A particle in last place is a family name, not a particle.
        ("Quoc V. Le", "Quoc V.", "Le", nil),
        ("Tri Dao", "Tri", "Dao", nil),
    ] as [(String, String, String, String?)])
    func stringNamesSplitByTheParticleRule(whole: String, given: String, family: String, suffix: String?) {
        let parts = NameParts(PersonName(whole))
        #expect(parts == NameParts(given: given, family: family, suffix: suffix))
    }

    @Test func explicitPartsAreHonoured() {
        #expect(NameParts(PersonName(given: "Weinan", family: "E")) == NameParts(given: "Weinan", family: "E"))
        #expect(NameParts(PersonName(given: "Gabriel", family: "García Márquez")) == NameParts(given: "Gabriel", family: "García Márquez"))
        #expect(NameParts(PersonName(given: nil, family: "Research and Development Group")).isSingleName)
        #expect(NameParts(PersonName(given: " Balthasar ", family: "van  der Pol")) == NameParts(given: "Balthasar", family: "van der Pol"))
    }

    @Test func singleNames() {
        #expect(NameParts(PersonName("Madonna")).isSingleName)
        #expect(!NameParts(PersonName("Ada Lovelace")).isSingleName)
        #expect(NameParts(PersonName("")).family == "")
    }
}
