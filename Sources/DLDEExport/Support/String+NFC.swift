import Foundation

extension String {
    /// The text in Unicode normalisation form C. ASCII text, which NFC never
    /// changes, is returned without a round trip through Foundation.
    var nfc: String {
        isASCII ? self : precomposedStringWithCanonicalMapping
    }
}
