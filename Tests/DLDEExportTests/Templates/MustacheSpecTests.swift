import Foundation
import Testing
@testable import DLDEExport

/// The Mustache specification's core modules (../shared/mustache-spec/:
/// interpolation, sections, inverted, partials, comments, delimiters):
/// every case found there, rendered by dlde-export's renderer as the
/// specification says (a name no object has renders as empty, a missing
/// partial as nothing), must give the expected text.
@Suite("Templates: the Mustache specification")
struct MustacheSpecTests {
    static let modules = ["interpolation", "sections", "inverted", "partials", "comments", "delimiters"]

    @Test(arguments: modules)
    func everyCasePasses(module: String) throws {
        guard let url = SharedCorpus.file("mustache-spec/\(module).json", for: "MustacheSpecTests") else { return }
        let spec = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        #expect(!spec.tests.isEmpty)
        for test in spec.tests {
            // The template under a name no partial of the case has.
            let main = "\u{1}spec"
            var sources = [main: (file: "spec", text: test.template)]
            for (name, text) in test.partials ?? [:] { sources[name] = (name, text) }
            let library = try TemplateLibrary.compile(sources, missingPartialsAreErrors: false)
            let rendered = library.renderLeniently(main, TemplateValue(test.data.value))
            #expect(rendered == test.expected, "\(module): \(test.name): \(test.desc)\ntemplate: \(test.template.debugDescription)")
        }
    }

    struct SpecFile: Decodable {
        let tests: [SpecCase]
    }

    struct SpecCase: Decodable {
        let name: String
        let desc: String
        let data: JSONData
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    /// A case's data as template values: objects as `TemplateObject`s
    /// (every key declared, null as a declared nil), numbers as the text
    /// Swift prints for them.
    struct JSONData: Decodable {
        let value: Any?

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = nil
            } else if let flag = try? container.decode(Bool.self) {
                value = flag
            } else if let number = try? container.decode(Int.self) {
                value = number
            } else if let number = try? container.decode(Double.self) {
                value = number
            } else if let text = try? container.decode(String.self) {
                value = text
            } else if let list = try? container.decode([JSONData].self) {
                value = list.map { $0.value as Any }
            } else {
                let fields = try container.decode([String: JSONData].self)
                let object = TemplateObject()
                for (key, field) in fields { object[key] = field.value }
                value = object
            }
        }
    }
}
