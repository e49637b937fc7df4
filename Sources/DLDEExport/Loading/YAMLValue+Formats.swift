extension YAMLValue {
    /// A checked `http(s)` URL.
    func url() -> String? {
        guard let value = line(expected: "a URL") else { return nil }
        if let problem = Validators.urlProblem(value) {
            error("'\(value)' is not a usable URL: \(problem)")
            return nil
        }
        return value
    }

    func email() -> String? {
        guard let value = line(expected: "an email address") else { return nil }
        guard Validators.isEmail(value) else {
            error("'\(value)' is not an email address (expected name@example.org)")
            return nil
        }
        return value
    }

    func slug(what: String = "an id") -> String? {
        guard let value = line(expected: what) else { return nil }
        guard Validators.isSlug(value) else {
            error("'\(value)' is not a valid id: use lower-case letters, digits and '-' only")
            return nil
        }
        return value
    }

    func markdown() -> MarkdownText? {
        text(expected: "Markdown text").map(MarkdownText.init)
    }

    func localDate() -> LocalDate? {
        guard let value = line(expected: "a date") else { return nil }
        guard let date = LocalDate(value) else {
            error("'\(value)' is not a date: write YYYY-MM-DD")
            return nil
        }
        return date
    }

    func timestamp() -> Timestamp? {
        guard let value = line(expected: "a date-time") else { return nil }
        guard let stamp = Timestamp(rfc3339: value) else {
            error("'\(value)' is not an RFC 3339 date-time: write e.g. 2021-09-17T23:59:00-07:00")
            return nil
        }
        if let problem = stamp.offsetProblem {
            error(problem)
            return nil
        }
        return stamp
    }

    /// A one-line value that must be one of `cases`.
    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> T? where T.RawValue == String {
        guard let value = line() else { return nil }
        if let found = T(rawValue: value) { return found }
        let names = T.allCases.map(\.rawValue)
        var message = "'\(value)' is not one of \(names.joined(separator: ", "))"
        if let suggestion = DidYouMean.suggest(value, among: names) { message += "; did you mean '\(suggestion)'?" }
        error(message)
        return nil
    }

    /// A list of one-line texts.
    func lines() -> [String]? {
        list()?.compactMap { $0.line() }
    }

    /// A list of non-empty length `minimum` or more.
    func list(atLeast minimum: Int, of what: String) -> [YAMLValue]? {
        guard let items = list() else { return nil }
        if items.count < minimum {
            error("needs at least \(minimum) \(what)")
        }
        return items
    }
}
