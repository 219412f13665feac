extension RequestValidator {
    /// `url` as given, with its port removed (when it has one), and with the scheme's default
    /// port added (when it has none), as twilio-python's `validate` tries them.
    static func urlVariants(_ url: String) -> [String] {
        guard let parts = URLParts(url) else { return [url] }
        var variants = [url]
        if parts.port != nil {
            variants.append(parts.with(port: nil))
        } else if let standard = parts.defaultPort {
            variants.append(parts.with(port: standard))
        }
        return variants
    }

    /// The raw value of the query parameter `name`, if present.
    static func queryValue(named name: String, in url: String) -> String? {
        guard let question = url.firstIndex(of: "?") else { return nil }
        let query = url[url.index(after: question)...].prefix { $0 != "#" }
        for pair in query.split(separator: "&") {
            let pieces = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if pieces.first == name[...] { return pieces.count == 2 ? String(pieces[1]) : "" }
        }
        return nil
    }
}

/// The pieces of an absolute URL needed to add or remove its port, keeping every other byte.
struct URLParts {
    let scheme: Substring
    let userInfo: Substring?
    let host: Substring
    let port: Substring?
    let rest: Substring

    init?(_ url: String) {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        scheme = url[..<schemeEnd.lowerBound]
        let authorityStart = schemeEnd.upperBound
        let authorityEnd = url[authorityStart...].firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? url.endIndex
        var authority = url[authorityStart..<authorityEnd]
        rest = url[authorityEnd...]
        if let at = authority.lastIndex(of: "@") {
            userInfo = authority[..<at]
            authority = authority[authority.index(after: at)...]
        } else {
            userInfo = nil
        }
        // The port follows the last colon, unless that colon is inside an IPv6 literal.
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        } else {
            host = authority
            port = nil
        }
    }

    /// 443 for https, 80 otherwise, as the validators assume.
    var defaultPort: String? {
        scheme.lowercased() == "https" ? "443" : "80"
    }

    func with(port newPort: String?) -> String {
        var url = String(scheme) + "://"
        if let userInfo { url += userInfo; url += "@" }
        url += host
        if let newPort { url += ":" + newPort }
        return url + String(rest)
    }
}
