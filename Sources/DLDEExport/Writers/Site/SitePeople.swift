/// Speakers, organizers and sponsors as the site shows them: the booklet's
/// fields with a picture, or the initials when there is no photo.
enum SitePeople {
    static func object(_ person: Person, program: ProgramContext) -> TemplateObject {
        let object = program.person(person)
        object["initials"] = initials(person.name)
        object["photo"] = person.photo.map(SiteImages.link)
        object["photo_alt"] = person.photo.map { _ in "Photo of \(person.name.display)" }
        return object
    }

    static func sponsor(_ sponsor: Sponsor) -> TemplateObject {
        let object = TemplateObject()
        object["name"] = sponsor.name
        ProgramTarget.html.setLink(sponsor.url, on: object)
        object["logo"] = sponsor.logo.map(SiteImages.link)
        return object
    }

    /// Up to two letters: the first of the given name and of the family name
    /// (`Weinan E` → `WE`), else of the first and last words of the name.
    static func initials(_ name: PersonName) -> String {
        if let family = name.family, let last = family.first(where: \.isLetter) {
            let first = name.given.flatMap { $0.first(where: \.isLetter) }
            return ((first.map { String($0) } ?? "") + String(last)).uppercased()
        }
        let words = name.display.split(whereSeparator: \.isWhitespace).compactMap { $0.first(where: \.isLetter) }
        guard let first = words.first else { return "" }
        return (words.count > 1 ? String(first) + String(words.last!) : String(first)).uppercased()
    }
}
