import Foundation

/// Photos and logos in the site: each image file of the model (checked by
/// the loader: inside the workshop folder, PNG, JPEG, WebP or SVG without
/// scripts or external references) copied to `images/<its path>`.
enum SiteImages {
    /// Where the image lands, relative to the site's folder.
    static func file(_ image: ImageFile) -> String { "images/" + image.path }

    /// The same as a relative URL: each path segment percent-encoded.
    static func link(_ image: ImageFile) -> String {
        file(image).split(separator: "/", omittingEmptySubsequences: false).map { PercentEncoding.component(String($0)) }.joined(separator: "/")
    }

    /// Every photo and logo the model names, once each, in the model's order.
    static func all(_ workshop: Workshop) -> [ImageFile] {
        let images = (workshop.speakers + workshop.organizers).compactMap(\.photo) + workshop.sponsors.compactMap(\.logo)
        var seen = Set<String>()
        return images.filter { seen.insert($0.path).inserted }
    }

    /// The copies, read from the workshop folder now.
    static func files(_ workshop: Workshop) throws(ExportError) -> [OutputFile] {
        try all(workshop).map { image throws(ExportError) in
            guard let bytes = FileManager.default.contents(atPath: image.source) else {
                throw .inputMissing(path: image.source, what: "image")
            }
            return OutputFile(path: SiteWriter.folder + file(image), contents: bytes)
        }
    }
}
