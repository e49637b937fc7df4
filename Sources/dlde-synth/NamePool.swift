/// Realistic author names: accents, several scripts, particles, hyphens,
/// and names whose family part the "Given Family" form cannot carry.
enum NamePool {
    static let given = [
        "Björn", "Zoë", "José", "François", "Łukasz", "Søren", "Ana", "Chiara", "Dmitri", "Giulia", "Hélène",
        "İlker", "Jürgen", "Kateřina", "Lucía", "Mei", "Nguyễn Văn", "Oğuz", "Pål", "Ramón", "Siobhán", "Tomás",
        "Ümit", "Vít", "Wojciech", "Xiaoming", "Yuki", "Zoltán", "Anima", "Patrick", "Michael", "Stefano",
        "Emma", "Olivia", "Liam", "Noah", "Aarav", "Priya", "Fatima", "Omar", "Kwame", "Amara", "Ørjan", "Αλέξανδρος",
        "Дмитрий", "Greg", "Balthasar", "Ludwig", "Marie", "Jean-Luc", "Anne-Sophie", "Hans-Peter",
    ]
    static let family = [
        "Lütjens", "Müller", "García Márquez", "Dąbrowski", "Ørsted", "Nguyễn", "Trần", "Østergård", "Šimánek",
        "O'Brien", "Herranz-Celotti", "Smith", "Chen", "Wang", "Kumar", "Okonkwo", "Yılmaz", "Kowalczyk",
        "Rossi", "Dubois", "Fernández", "Kim", "Tanaka", "Sato", "Ivanov", "Papadopoulos", "Παπαδόπουλος",
        "Иванов", "Schrödinger", "Poincaré", "Noether", "Kolmogorov", "Lyapunov", "Gauß", "Navier", "Stokes",
    ]
    static let particles = ["van", "van der", "von", "de", "de la", "di", "da", "dos", "du", "le", "al", "bin", "Ver"]
    static let affiliations = [
        "Université de Sherbrooke", "ETH Zürich", "Universität Wien", "École Polytechnique", "Stanford University",
        "University of Oxford", "RIKEN", "Universidad Nacional Autónoma de México", "Technische Universität München",
        "Instituto Superior Técnico", "Tsinghua University", "KAIST", "Vector Institute", "Mila – Québec AI Institute",
        "Københavns Universitet", "Uniwersytet Warszawski", "Rutgers, The State University of New Jersey",
        "NVIDIA & Caltech", "Max-Planck-Institut für Mathematik in den Naturwissenschaften",
    ]

    /// A name: a "Given Family" string, or given/family parts for the
    /// particle names.
    static func author(_ random: inout SeededRandom) -> (display: String, given: String?, family: String?) {
        let given = random.pick(Self.given)
        if random.chance(0.12) {
            let family = random.pick(particles) + " " + random.pick(Self.family)
            return (given + " " + family, given, family)
        }
        if random.chance(0.05) {
            let family = random.pick(Self.family)
            return (given + " " + family, given, family)
        }
        let middle = random.chance(0.2) ? " \(Character(Unicode.Scalar(UInt8(65 + random.int(0...25))))). " : " "
        return (given + middle + random.pick(Self.family), nil, nil)
    }
}
