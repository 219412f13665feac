import TwilioAPI
import TwilioWire

/// One call of a REST method (`create`, `fetch`, `list`, …): the options turned into wire
/// parameters, the request sent, the answer turned into JavaScript values.
struct TwilioRESTCall {
    let connection: TwilioRESTConnection
    let path: TwilioRESTConnection.Path
    let resource: TwilioRESTResource

    /// The settled promise of the call. A function as the last argument is also called back
    /// node-style, `(error, result)`, as twilio-node allows.
    func run(_ method: TwilioRESTResource.Method, _ arguments: [JSValue]) async -> JSValue {
        let options = arguments.first { !$0.isCallable && !$0.isNullish } ?? .undefined
        // `each(callback)` takes its function for the items, not as a node-style callback.
        let callback = method == .each ? nil : arguments.last { $0.isCallable }
        var outcome: Result<JSValue, any Error>
        do {
            outcome = .success(try await perform(method, options: options, arguments: arguments))
        } catch {
            outcome = .failure(error)
        }
        if let callback {
            switch outcome {
            case .success(let value): _ = try? await callback(.null, value)
            case .failure(let error): _ = try? await callback(JSValue(caught: error))
            }
        }
        switch outcome {
        case .success(let value): return JSValue.resolvedPromise(value)
        case .failure(let error): return JSValue.rejectedPromise(JSValue(caught: error))
        }
    }

    private func perform(_ method: TwilioRESTResource.Method, options: JSValue, arguments: [JSValue]) async throws -> JSValue {
        let parameters = try TwilioRESTParameters(options)
        switch method {
        case .create:
            let body = try await connection.send(connection.request("POST", path, form: parameters.pairs, ifMatch: parameters.ifMatch))
            return Self.resource(body)
        case .fetch:
            return Self.resource(try await connection.send(connection.request("GET", path, query: parameters.pairs)))
        case .update:
            let body = try await connection.send(connection.request("POST", path, form: parameters.pairs, ifMatch: parameters.ifMatch))
            return Self.resource(body)
        case .remove:
            _ = try await connection.send(connection.request("DELETE", path, query: parameters.pairs, ifMatch: parameters.ifMatch))
            return true
        case .list:
            return .array(try await items(parameters, onePage: false).items)
        case .page:
            let page = try await items(parameters, onePage: true)
            return .object([
                ("instances", .array(page.items)),
                ("nextPageUrl", page.next.map(JSValue.string) ?? .null),
                ("url", .string(page.url)),
            ])
        case .each:
            let each = arguments.first { $0.isCallable } ?? options.callback
            guard each.isCallable else {
                throw JSThrow.typeError("\(resource.name).each() needs a function to call with each item")
            }
            var stopped = false
            let done = JSValue.function("done") { _, _ in
                stopped = true
                return .undefined
            }
            for item in try await items(parameters, onePage: false).items {
                _ = try await each(item, done)
                if stopped { break }
            }
            if options.done.isCallable { _ = try await options.done() }
            return .undefined
        }
    }

    /// Reads pages until they end or `limit` items are read (one page for `page()`).
    private func items(_ parameters: TwilioRESTParameters, onePage: Bool) async throws -> (items: [JSValue], next: String?, url: String) {
        guard let paging = resource.paging else {
            throw JSThrow.typeError("\(resource.name) cannot be listed")
        }
        let (key, maximum) =
            switch paging {
            case .meta(let key): (key, 100)
            case .uri(let key): (key, 1000)
            }
        var query = parameters.pairs
        if let size = parameters.pageSize ?? parameters.limit.map({ min($0, maximum) }) {
            query.append(("PageSize", String(size)))
        }
        var request = try connection.request("GET", path, query: query)
        let first = request.url
        var results: [JSValue] = []
        var requested: Set<String> = [request.url]
        while true {
            let page = try await connection.send(request)?.objectValue ?? JSONObject()
            let itemsKey: String
            let next: String?
            switch paging {
            case .meta:
                itemsKey = page["meta"]?["key"]?.stringValue ?? key
                next = page["meta"]?["next_page_url"]?.stringValue
            case .uri:
                itemsKey = key
                next = page["next_page_uri"]?.stringValue
            }
            let items = page[itemsKey]?.arrayValue ?? []
            for item in items {
                results.append(Self.resource(item))
                if let limit = parameters.limit, results.count >= limit { return (results, next, first) }
            }
            guard !onePage, !items.isEmpty, let next, !next.isEmpty else { return (results, next, first) }
            request = connection.following(request, to: next)
            guard requested.insert(request.url).inserted else { return (results, nil, first) }
        }
    }

    /// A resource as twilio-node gives it: top-level keys in camelCase, values as sent.
    static func resource(_ json: JSONValue?) -> JSValue {
        guard case .object(let object)? = json else { return json.map(JSValue.init(json:)) ?? .undefined }
        let result = JSObject()
        for (key, value) in object.entries {
            result.set(TwilioRESTNames.property(key), JSValue(json: value))
        }
        return .object(result)
    }
}
