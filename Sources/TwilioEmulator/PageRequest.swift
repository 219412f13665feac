import TwilioWire

/// The `PageSize`, `Page` and `PageToken` of a list request, and the `meta` object Twilio answers with.
///
/// A page token is what a `next_page_url` or `previous_page_url` carries: `PT` and the number of
/// items before the page it leads to. When sent, it places the page; `Page` is then only echoed.
struct PageRequest: Sendable {
    /// The 0-based page number.
    let page: Int
    /// The number of items per page.
    let pageSize: Int
    /// The items before this page, from `PageToken`; `nil` when none was sent.
    let tokenOffset: Int?

    /// Reads `PageSize` (1 to `maximumPageSize`, default 50), `Page` (0 or more, default 0) and
    /// `PageToken`.
    /// - Throws: 400 naming the parameter at fault.
    init(_ parameters: RequestParameters, maximumPageSize: Int) throws(EmulatorError) {
        pageSize = try parameters.integer("PageSize", in: 1...maximumPageSize) ?? 50
        page = try parameters.integer("Page", in: 0...Int.max) ?? 0
        if let token = parameters["PageToken"] {
            // `PT` in Sync and Verify page URLs, `PA` in the 2010 API's.
            guard token.hasPrefix("PT") || token.hasPrefix("PA"), let offset = Int(token.dropFirst(2)), offset >= 0, token.utf8.count <= 20 else {
                throw .invalidParameter(
                    "PageToken",
                    "\"\(RequestParameters.excerpt(token))\" is not a page token; use the next_page_url or previous_page_url of a list response"
                )
            }
            tokenOffset = offset
        } else {
            tokenOffset = nil
        }
    }

    /// How many items come before this page, or `nil` when that is past any possible list.
    var offset: Int? {
        if let tokenOffset { return tokenOffset }
        let (start, overflow) = page.multipliedReportingOverflow(by: pageSize)
        return overflow ? nil : start
    }

    /// Twilio's list `meta`: page URLs repeat `filters` (already-validated parameters such as
    /// `Order`), then `PageSize`, `Page` and, for the next and previous pages, `PageToken`.
    func meta(key: String, listURL: String, filters: [(String, String)] = [], hasNext: Bool) -> JSONValue {
        func url(page: Int, token: Int? = nil) -> JSONValue {
            var query = filters + [("PageSize", String(pageSize)), ("Page", String(page))]
            if let token { query.append(("PageToken", "PT\(token)")) }
            return .string(listURL + "?" + PercentEncoding.encodeForm(query, spaces: .plus))
        }
        let start = offset ?? 0
        // A page number or token near Int.max has no next page rather than an overflow.
        let (nextPage, pageOverflow) = page.addingReportingOverflow(1)
        let (nextStart, startOverflow) = start.addingReportingOverflow(pageSize)
        return [
            "first_page_url": url(page: 0),
            "key": .string(key),
            "next_page_url": hasNext && !pageOverflow && !startOverflow ? url(page: nextPage, token: nextStart) : .null,
            "page": .int(page),
            "page_size": .int(pageSize),
            "previous_page_url": page > 0 && start > 0 ? url(page: page - 1, token: max(0, start - pageSize)) : .null,
            "url": url(page: page),
        ]
    }
}
