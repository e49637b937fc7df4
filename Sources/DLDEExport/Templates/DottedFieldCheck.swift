/// The check of dotted names (`{{recipient.names}}`, `{{workshop.title}}`)
/// that rendering cannot make: mustache finds the first part through the
/// context stack (an unknown one is reported by the root object), but looks
/// the rest up in that object only, and an object in the middle of the
/// stack must let unknown names pass to the outer ones. So every later part
/// of a dotted name in a template's text must be a field that some object
/// of the context declares; otherwise it is an error at its line and column.
/// (A part declared by another object than the one named, as
/// `speaker.title` when only papers have a title, still passes.)
enum DottedFieldCheck {
    /// Throws for the first dotted name in `templates` whose later parts
    /// no object of `contexts` declares.
    static func check(_ templates: [String], in library: TemplateLibrary, contexts: [TemplateObject]) throws(ExportError) {
        var declared = Set<String>()
        var visited = Set<ObjectIdentifier>()
        for context in contexts { collect(context, into: &declared, visited: &visited) }
        for name in templates {
            guard let source = library.source(named: name) else { continue }
            for tag in dottedTags(in: source.text) {
                for part in tag.name.split(separator: ".").dropFirst() where !declared.contains(String(part)) {
                    var message = "unknown field '\(part)' in '\(tag.name)' in a template"
                    if let suggestion = DidYouMean.suggest(String(part), among: declared.sorted()) { message += "; did you mean '\(suggestion)'?" }
                    throw .badTemplate(Diagnostic(.error, message, at: SourceLocation(file: source.file, line: tag.line, column: tag.column), keyPath: nil))
                }
            }
        }
    }

    /// Every field name of `value` and the objects below it.
    private static func collect(_ value: Any, into names: inout Set<String>, visited: inout Set<ObjectIdentifier>) {
        switch value {
        case let object as TemplateObject:
            guard visited.insert(ObjectIdentifier(object)).inserted else { return }
            for name in object.fieldNames {
                names.insert(name)
                if let child = object[name] { collect(child, into: &names, visited: &visited) }
            }
        case let list as [Any]:
            for item in list { collect(item, into: &names, visited: &visited) }
        default:
            break
        }
    }

    /// The variable and section tags whose name has a dot (not `{{.}}`),
    /// with their 1-based line and column.
    static func dottedTags(in text: String) -> [(name: String, line: Int, column: Int)] {
        var tags: [(String, Int, Int)] = []
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                var after = rest[open.upperBound...]
                let sigil = after.first
                if sigil == ">" || sigil == "!" || sigil == "%" || sigil == "=" {
                    rest = after
                    continue
                }
                while let first = after.first, "{#^/&$ ".contains(first) { after = after.dropFirst() }
                let name = after.prefix { !" }|()".contains($0) }
                if name.contains("."), name != "." {
                    tags.append((String(name), number + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                }
                rest = after
            }
        }
        return tags
    }
}
