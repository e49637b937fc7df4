/// Words for libxml2's error codes (`xmlParserErrors` in libxml/xmlerror.h),
/// which Foundation's `XMLParser` on Linux hands over without a message.
enum XMLErrorText {
    /// libxml2's warnings (`XML_WAR_…`): the document is still well-formed.
    static func isWarning(code: Int) -> Bool {
        [27, 97, 98, 99, 100, 102, 106, 107].contains(code)
    }

    static func describe(code: Int) -> String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ends too early, or goes on after its root element"
        case 9: return "a character XML does not allow"
        case 26: return "an entity that is not defined"
        case 38: return "a '<' in an attribute value"
        case 39, 40, 43, 44: return "an attribute value without its quotes"
        case 41: return "an attribute without a value"
        case 42: return "an attribute given twice"
        case 68: return "a name is missing"
        case 73: return "a '>' is missing"
        case 76: return "an end tag does not match its start tag"
        case 77: return "an element is not closed"
        case 201: return "a namespace prefix that is not declared"
        default: return "libxml2 error \(code) (see libxml/xmlerror.h)"
        }
    }
}
