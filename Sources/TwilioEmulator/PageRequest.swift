import TwilioWire

/// The `PageSize` and `Page` of a list request, and the `meta` object Twilio answers with.
struct PageRequest: Sendable {
    /// The 0-based page number.
    let page: Int
    /// The number of items per page.
    let pageSize: Int

    /// Reads `PageSize` (1 to `maximumPageSize`, default 50) and `Page` (0 or more, default 0).
    /// - Throws: 400 naming the parameter at fault.
    init(_ parameters: RequestParameters, maximumPageSize: Int) throws(EmulatorError) {
        pageSize = try parameters.integer("PageSize", in: 1...maximumPageSize) ?? 50
        page = try parameters.integer("Page", in: 0...Int.max) ?? 0
    }

    /// How many items come before this page, or `nil` when that is past any possible list.
    var offset: Int? {
        let (start, overflow) = page.multipliedReportingOverflow(by: pageSize)
        return overflow ? nil : start
    }

    /// Twilio's list `meta`: page URLs repeat `filters` (already-validated parameters such as
    /// `Order`), then `PageSize` and `Page`.
    func meta(key: String, listURL: String, filters: [(String, String)] = [], hasNext: Bool) -> JSONValue {
        func url(page: Int) -> JSONValue {
            let query = filters + [("PageSize", String(pageSize)), ("Page", String(page))]
            return .string(listURL + "?" + PercentEncoding.encodeForm(query, spaces: .plus))
        }
        return [
            "first_page_url": url(page: 0),
            "key": .string(key),
            "next_page_url": hasNext ? url(page: page + 1) : .null,
            "page": .int(page),
            "page_size": .int(pageSize),
            "previous_page_url": page > 0 ? url(page: page - 1) : .null,
            "url": url(page: page),
        ]
    }
}
