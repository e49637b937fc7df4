/// Reads a person: `{id?, name, affiliation?, url?, email?, bio?, photo?}`,
/// where `name` is a string or `{given, family}`.
enum PersonReader {
    static let keys = ["id", "name", "affiliation", "url", "email", "bio", "photo"]

    /// - Parameters:
    ///   - allowBio: whether `bio` is a key here (not for authors).
    ///   - images: reads `photo`; nil where people have no photo (authors).
    static func read(_ value: YAMLValue, allowBio: Bool = true, images: ImageReader? = nil) -> Person? {
        let keys = Self.keys.filter { ($0 != "bio" || allowBio) && ($0 != "photo" || images != nil) }
        guard let mapping = value.mapping(keys: keys) else { return nil }
        guard let nameValue = mapping.required("name"), let name = readName(nameValue) else { return nil }
        let id: String?
        if let given = mapping.optional("id") {
            id = given.slug()
        } else {
            let slug = Validators.slugify(name.display)
            if slug.isEmpty {
                nameValue.error("cannot derive an id from the name '\(name.display)'; add an 'id' key")
                id = nil
            } else {
                id = slug
            }
        }
        let person = Person(
            id: id ?? "",
            name: name,
            affiliation: mapping.optional("affiliation")?.line(),
            url: mapping.optional("url")?.url(),
            email: mapping.optional("email")?.email(),
            bio: mapping.optional("bio")?.markdown(),
            photo: images.flatMap { images in mapping.optional("photo").flatMap(images.read) }
        )
        return id == nil ? nil : person
    }

    static func readName(_ value: YAMLValue) -> PersonName? {
        if case .mapping = value.node {
            guard let parts = value.mapping(keys: ["given", "family"]),
                  let family = parts.required("family")?.line(expected: "a family name") else { return nil }
            let given = parts.optional("given")?.line(expected: "a given name")
            return PersonName(given: given, family: family)
        }
        return value.line(expected: "a name").map(PersonName.init)
    }
}
