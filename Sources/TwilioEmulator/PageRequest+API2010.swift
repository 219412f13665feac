import TwilioWire

extension PageRequest {
    /// The paging fields of a 2010 API list (Messages, Calls, IncomingPhoneNumbers): URIs relative
    /// to the API host that repeat `filters`, `start` and `end` the positions of the page's first
    /// and last items. `PageToken` in the next and previous URIs is `PA` and the items before the page.
    func api2010Fields(path: String, filters: [(String, String)], count: Int, hasNext: Bool) -> [(String, JSONValue)] {
        func uri(page: Int, token: Int? = nil) -> JSONValue {
            var query = filters + [("PageSize", String(pageSize)), ("Page", String(page))]
            if let token { query.append(("PageToken", "PA\(token)")) }
            return .string(path + "?" + PercentEncoding.encodeForm(query, spaces: .plus))
        }
        let start = offset ?? 0
        // A page number or token near Int.max has no next page rather than an overflow.
        let (nextPage, pageOverflow) = page.addingReportingOverflow(1)
        let (nextStart, startOverflow) = start.addingReportingOverflow(pageSize)
        let (end, endOverflow) = start.addingReportingOverflow(max(count, 1) - 1)
        return [
            ("end", .int(endOverflow ? Int.max : end)),
            ("first_page_uri", uri(page: 0)),
            ("next_page_uri", hasNext && !pageOverflow && !startOverflow ? uri(page: nextPage, token: nextStart) : .null),
            ("page", .int(page)),
            ("page_size", .int(pageSize)),
            ("previous_page_uri", page > 0 && start > 0 ? uri(page: page - 1, token: max(0, start - pageSize)) : .null),
            ("start", .int(start)),
            ("uri", uri(page: page)),
        ]
    }
}
