import Foundation
import Testing
@testable import DLDEExport

/// Bad rows and notes: located errors (file, line, row and column, or note
/// index and id), exit status 65, and nothing written.
@Suite("Import: located errors, nothing written")
struct ImportErrorTests {
    /// Runs `json` with `papers` into an output folder that already holds a
    /// file, and checks that the folder is unchanged. Returns standard error.
    private func failsWithoutWriting(_ papers: String, in folder: TemporaryFolder) -> String {
        folder.write("out/keep.txt", "from an earlier run\n")
        let before = folder.snapshot("out")
        let run = Run.tool(["json", "--workshop", ImportFixtures.workshop, "--papers", papers, "-o", folder.url.appendingPathComponent("out").path])
        #expect(run.status == 65, "\(run.stderr)")
        #expect(folder.snapshot("out") == before)
        let imported = Run.tool(["import", papers])
        #expect(imported.status == 65)
        #expect(imported.stdout.isEmpty)
        return run.stderr
    }

    @Test func csvRowErrorsNameFileLineRowAndColumn() {
        let folder = TemporaryFolder()
        // Row 2 spans lines 2-4 (a quoted abstract with two line breaks), so
        // row 3 starts on line 5 and row 4 on line 6.
        let csv = folder.write("accepted.csv", """
        Paper ID,Paper Title,Abstract,Authors,Author Emails,Status,pdf
        1,Fine,"First line,
        second ""line"",
        third",Ana de la Cruz (Chile)*,ana@example.cl,Accept (Poster),https://example.org/1.pdf
        2,Bad link,x,Bo Li (PKU)*,bo@example.cn,Accept (Poster),www.example.org/2.pdf
        3,Bad mail,x,Cy Ng (NUS)*,not-an-address,Accept (Poster),

        """)
        let stderr = failsWithoutWriting(csv, in: folder)
        #expect(stderr.contains("\(csv):5:1: error: 'www.example.org/2.pdf' is not a usable URL: a URL needs a scheme"))
        #expect(stderr.contains("(row 3, column \"pdf\") [papers[1].pdf]"))
        #expect(stderr.contains("\(csv):6:1: error: 'not-an-address' is not an email address"))
        #expect(stderr.contains("(row 4, column \"Author Emails\")"))
        #expect(!stderr.contains("\(csv):2:1: error"))
    }

    @Test func csvEmptyRequiredCellsAndMissingColumns() {
        let folder = TemporaryFolder()
        let csv = folder.write("empty.csv", "id,title,authors,presentation\nx1,,Ana Lima,poster\nx2,T,,poster\n")
        let stderr = failsWithoutWriting(csv, in: folder)
        #expect(stderr.contains("\(csv):2:1: error: row 2: column \"title\" is empty"))
        #expect(stderr.contains("\(csv):3:1: error: row 3: column \"authors\" is empty"))

        let noTitle = folder.write("no-title.csv", "Paper ID,Authors,Status\n1,Ana Lima,Accept (Poster)\n")
        let missing = failsWithoutWriting(noTitle, in: folder)
        #expect(missing.contains("\(noTitle):1:1: error: the CSV has no column \"title\" or \"paper title\" or \"submission title\": it is required"))
    }

    @Test func csvSyntaxErrorsAreLocated() {
        let folder = TemporaryFolder()
        let csv = folder.write("quotes.csv", "id,title,authors,presentation\nx1,Fine,Ana Lima,poster\nx2,A 5\" display,Bo Li,poster\n")
        let stderr = failsWithoutWriting(csv, in: folder)
        #expect(stderr.contains("\(csv):3:1: error: CSV syntax error in the row starting on this line"))

        let shifted = folder.write("shifted.csv", "id,title,authors,presentation\nx1,Neural ODEs, revisited,Ana Lima,poster\n")
        let extra = failsWithoutWriting(shifted, in: folder)
        #expect(extra.contains("\(shifted):2:1: error: row 2: 5 fields but the header names 4 columns"))
    }

    @Test func jsonNoteErrorsNameIndexIdAndLine() {
        let folder = TemporaryFolder()
        let json = folder.write("notes.json", """
        {"notes": [
          {"id": "good1", "forum": "good1",
           "content": {"title": "Fine", "authors": ["Ana Lima"], "venue": "DLDE Poster"}},
          {"id": "bad2", "forum": "bad2",
           "content": {"title": 42, "authors": ["Bo Li"], "venue": "DLDE Poster"}},
          {"id": "bad3", "forum": "bad3",
           "content": {
             "title": "Bad link",
             "authors": {"value": ["Cy Ng"]},
             "pdf": {"value": "javascript:alert(1)"},
             "venue": {"value": "DLDE Poster"}}},
          {"id": "bad4", "forum": "bad4", "content": {"title": "No authors", "venue": "DLDE Oral"}}
        ]}
        """)
        let stderr = failsWithoutWriting(json, in: folder)
        #expect(stderr.contains("\(json):5:25: error: notes[1] (id \"bad2\"): content.title should be text"))
        #expect(!stderr.contains("content.title is missing"))
        #expect(stderr.contains("\(json):10:23: error: 'javascript:alert(1)' is not a usable URL"))
        #expect(stderr.contains("(notes[2] (id \"bad3\"), content.pdf.value) [papers[1].pdf]"))
        #expect(stderr.contains("\(json):12:46: error: notes[3] (id \"bad4\"): content.authors is missing or empty"))
    }

    @Test func invalidJSONAndWrongShapeAreErrors() {
        let folder = TemporaryFolder()
        let broken = folder.write("broken.json", "[{\"id\": \"a\",}\n")
        #expect(failsWithoutWriting(broken, in: folder).contains("\(broken):1:1: error: not valid JSON"))
        let shape = folder.write("shape.json", "{\"papers\": []}\n")
        #expect(failsWithoutWriting(shape, in: folder).contains("expected an OpenReview notes export"))
    }

    @Test func duplicateIdsAreReportedAtTheSecondRow() {
        let folder = TemporaryFolder()
        let csv = folder.write("dupes.csv", "id,title,authors,presentation\nx1,One,Ana Lima,poster\nx1,Two,Bo Li,poster\n")
        let run = Run.tool(["import", csv])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(csv):3:1: error: duplicate paper id 'x1'"))
        let loaded = failsWithoutWriting(csv, in: folder)
        #expect(loaded.contains("\(csv):3:1: error:"))
        #expect(loaded.contains("x1"))
    }
}
