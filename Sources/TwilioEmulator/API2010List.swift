import GRDB
import TwilioWire

/// The filters of a 2010 API list request (Messages, Calls, IncomingPhoneNumbers), read and
/// checked: as SQL over the stored JSON, and as the query its page URIs repeat.
struct API2010List {
    private var conditions: [String] = []
    private var arguments: [String] = []
    /// The filters as sent, in order, for the page URIs.
    private(set) var query: [(String, String)] = []

    /// Keeps the rows whose `field` equals the parameter `name`, when sent; a phone number is
    /// compared in E.164.
    mutating func equal(_ parameters: RequestParameters, _ name: String, field: String, isPhoneNumber: Bool = true) {
        guard let value = parameters[name] else { return }
        conditions.append("json_extract(body, '$.\(field)') = ?")
        arguments.append(isPhoneNumber ? PhoneNumber(value).e164 ?? value : value)
        query.append((name, value))
    }

    /// Keeps the rows whose date `field` is on (`name`), before (`name<`) or after (`name>`) the
    /// day sent, with the comparisons Twilio describes for each.
    /// - Throws: 400 naming the parameter when it is not a date `YYYY-MM-DD`.
    mutating func day(_ parameters: RequestParameters, _ name: String, field: String, before: String, after: String) throws(EmulatorError) {
        for (parameter, comparison) in [(name, "="), (name + "<", before), (name + ">", after)] {
            guard let value = parameters[parameter] else { continue }
            guard let day = TwilioEmulator.day(value) else {
                throw .invalidParameter(parameter, "must be a date such as 2026-12-01, got \"\(RequestParameters.excerpt(value))\"")
            }
            conditions.append("substr(json_extract(body, '$.\(field)'), 1, 10) \(comparison) ?")
            arguments.append(day)
            query.append((parameter, value))
        }
    }

    /// Keeps the rows whose `column` (of the `resources` table) holds the parameter `name`'s digits.
    mutating func contains(_ parameters: RequestParameters, _ name: String, column: String) {
        guard let value = parameters[name] else { return }
        let digits = value.filter { $0.isASCII && $0.isWholeNumber || $0 == "+" }
        guard digits.contains(where: \.isWholeNumber) else { return }
        conditions.append("instr(\(column), ?) > 0")
        arguments.append(digits)
        query.append((name, value))
    }

    var filter: StoreAccess.ListFilter? {
        conditions.isEmpty ? nil : StoreAccess.ListFilter(sql: conditions.joined(separator: " AND "), arguments: StatementArguments(arguments))
    }
}

extension TwilioEmulator {
    /// A page of a 2010 API list: the resources of `type` that pass `list`'s filters, under `key`,
    /// with Twilio's paging fields (`PageSize` up to 1000).
    func list2010<Resource: StoredResource>(
        _ type: Resource.Type,
        key: String,
        path: String,
        _ list: API2010List,
        newestFirst: Bool,
        _ parameters: RequestParameters
    ) async throws(EmulatorError) -> EmulatorResponse {
        let page = try PageRequest(parameters, maximumPageSize: 1000)
        let filter = list.filter
        let urls = publicBaseURLs
        let (items, hasNext) = try await store.read(now: now) { access in
            try access.page(type, parent: "", filter: filter, orderBy: newestFirst ? "position DESC" : "position ASC", page)
        }
        var body = JSONObject([(key, .array(items.map { $0.resource(urls) }))])
        for (name, value) in page.api2010Fields(path: path, filters: list.query, count: items.count, hasNext: hasNext) { body[name] = value }
        return .json(.object(body))
    }
}
