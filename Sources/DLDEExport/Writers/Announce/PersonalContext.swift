/// The fields a personal message adds to an announcement's context: who it
/// is for and what they present. The slot objects are the program's own
/// (`MailProgramContext`), so a paper's slots read as the program does, in
/// the workshop's zone, the extra zones and UTC.
struct PersonalContext {
    let workshop: Workshop
    let view: WorkshopView
    /// The program's slot objects, in schedule order.
    let slots: [TemplateObject]

    init(workshop: Workshop, view: WorkshopView, program: TemplateObject?) {
        self.workshop = workshop
        self.view = view
        slots = program?["slots"] as? [TemplateObject] ?? []
    }

    /// Adds `recipient` and `paper` or `speaker` to `root` (the other one
    /// declared as nil, so every template may name both).
    func add(_ addressee: Addressee, to root: TemplateObject) {
        let recipient = TemplateObject()
        let names = addressee.people.filter { $0.email != nil }.map(\.name.display)
        recipient["names"] = Byline.text(names)
        recipient["count"] = names.count
        root["recipient"] = recipient
        root["paper"] = nil
        root["speaker"] = nil
        switch addressee {
        case .paper(let paper): root["paper"] = paperObject(paper)
        case .speaker(let person): root["speaker"] = speakerObject(person)
        }
    }

    /// The accepted-paper fields and `slots` (every slot presenting it),
    /// `talks` (those that are not poster sessions) and `poster_sessions`,
    /// each `{items}` or nil.
    private func paperObject(_ paper: Paper) -> TemplateObject {
        let object = MailPaperContext.paper(view.view(of: paper))
        let presenting = view.slotIndices(presenting: paper.id)
        object["slots"] = presenting.map { slots[$0] }
        object["talks"] = list(presenting.filter { workshop.schedule[$0].kind != .posterSession })
        object["poster_sessions"] = list(presenting.filter { workshop.schedule[$0].kind == .posterSession })
        return object
    }

    /// `{name, affiliation, talks}`: the slots the speaker gives.
    private func speakerObject(_ person: Person) -> TemplateObject {
        let object = TemplateObject()
        object["name"] = person.name.display
        object["affiliation"] = person.affiliation
        object["talks"] = list(workshop.schedule.indices.filter { workshop.schedule[$0].speaker == person.id })
        return object
    }

    private func list(_ indices: [Int]) -> TemplateObject? {
        guard !indices.isEmpty else { return nil }
        let object = TemplateObject()
        object["items"] = indices.map { slots[$0] }
        return object
    }
}
