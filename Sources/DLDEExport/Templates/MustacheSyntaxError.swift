/// A template the parser refused, with the place.
struct MustacheSyntaxFailure: Error {
    let error: MustacheSyntaxError
    let line: Int
    let column: Int
}

/// What is wrong with a template's syntax. The first cases print as
/// swift-mustache's errors did (`template syntax: sectionCloseNameIncorrect`).
enum MustacheSyntaxError: Error, CustomStringConvertible {
    case overflow
    case sectionCloseNameIncorrect
    case unfinishedName
    case expectedSectionEnd
    case invalidSetDelimiter
    case invalidConfigVariableSyntax
    case unrecognisedConfigVariable
    /// A construct swift-mustache had that docs/templates.md does not promise.
    case unsupported(String)

    var description: String {
        switch self {
        case .overflow: return "overflow"
        case .sectionCloseNameIncorrect: return "sectionCloseNameIncorrect"
        case .unfinishedName: return "unfinishedName"
        case .expectedSectionEnd: return "expectedSectionEnd"
        case .invalidSetDelimiter: return "invalidSetDelimiter"
        case .invalidConfigVariableSyntax: return "invalidConfigVariableSyntax"
        case .unrecognisedConfigVariable: return "unrecognisedConfigVariable"
        case .unsupported(let what): return "\(what) are not supported (docs/templates.md lists what templates can use)"
        }
    }
}
