import Foundation
import Testing
@testable import DLDEExport

/// How an image path is normalised before the file system is asked, and how
/// a file's first bytes name its format.
@Suite("Images: paths and magic bytes")
struct ImagePathTests {
    @Test(arguments: [
        ("logo.png", "logo.png"), ("./img//a.png", "img/a.png"), ("img/./a.png", "img/a.png"),
        ("img/sub/../a.png", "img/a.png"), ("img/a.png/", "img/a.png"), ("a b/c.svg", "a b/c.svg"),
        ("c:logo.png", "c:logo.png"),
    ])
    func pathsAreNormalised(_ written: String, _ normalised: String) {
        #expect(ImagePath.normalise(written) == .success(normalised))
    }

    @Test(arguments: [
        ("https://x.org/a.png", ImagePath.Problem.webURL), ("HTTP://x.org/a.png", .webURL),
        ("data:image/png;base64,AA==", .otherURL), ("javascript:alert(1)", .otherURL), ("file:///etc/passwd", .otherURL),
        ("ftp://x.org/a.png", .otherURL), ("/etc/passwd", .absolute), ("//x.org/a.png", .absolute),
        (".", .folder), ("img/..", .folder), ("..", .leavesFolder), ("../a.png", .leavesFolder),
        ("img/../../a.png", .leavesFolder), ("./../a.png", .leavesFolder),
    ])
    func pathsThatCannotNameAFileInside(_ written: String, _ problem: ImagePath.Problem) {
        #expect(ImagePath.normalise(written) == .failure(problem))
    }

    @Test func formatsByMagicBytes() {
        #expect(ImageFormatSniffer.kind(of: TestImages.png) == .image(.png))
        #expect(ImageFormatSniffer.kind(of: TestImages.jpeg) == .image(.jpeg))
        #expect(ImageFormatSniffer.kind(of: TestImages.webp) == .image(.webp))
        #expect(ImageFormatSniffer.kind(of: TestImages.gif) == .other("a GIF image"))
        #expect(ImageFormatSniffer.kind(of: TestImages.svg) == .markup)
        // A byte-order mark and a long run of white space before the `<`.
        #expect(ImageFormatSniffer.kind(of: Data([0xEF, 0xBB, 0xBF]) + Data(String(repeating: " \n", count: 100).utf8) + TestImages.svg) == .markup)
        #expect(ImageFormatSniffer.kind(of: Data("%PDF-1.7".utf8)) == .other("a PDF document"))
        #expect(ImageFormatSniffer.kind(of: Data("RIFF\0\0\0\0WAVE".utf8)) == .other(nil))
        #expect(ImageFormatSniffer.kind(of: Data()) == .other(nil))
    }
}
