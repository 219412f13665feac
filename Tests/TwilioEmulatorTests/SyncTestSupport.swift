import Testing
import TwilioEmulator
import TwilioWire

extension TestEmulator {
    /// `/v1/Services/{ServiceSid}/{segment}`, e.g. `Lists`.
    func path(_ segment: String) -> String { "/v1/Services/\(serviceSid)/\(segment)" }

    /// Creates a List, Map or Stream (`segment` is `Lists`, `Maps` or `Streams`) and returns its JSON.
    @discardableResult
    func createObject(_ segment: String, _ parameters: [(String, String)] = []) async throws -> JSONValue {
        let response = await send("POST", path(segment), parameters)
        try #require(response.status == 201, "create answered \(response.status): \(response.bodyText)")
        return try #require(response.json)
    }

    /// Adds an item to the List or Map at `collectionPath` and returns its JSON.
    @discardableResult
    func addItem(_ collectionPath: String, _ parameters: [(String, String)]) async throws -> JSONValue {
        let response = await send("POST", collectionPath + "/Items", parameters)
        try #require(response.status == 201, "create answered \(response.status): \(response.bodyText)")
        return try #require(response.json)
    }

    /// The indexes (or keys) of a page of items, in the order listed.
    func itemNames(_ collectionPath: String, _ query: [(String, String)] = [], field: String) async throws -> [String] {
        let response = await send("GET", collectionPath + "/Items", query)
        try #require(response.status == 200, "list answered \(response.status): \(response.bodyText)")
        let items = try #require(response.json?["items"]?.arrayValue)
        return items.compactMap { item in
            item[field]?.stringValue ?? item[field]?.intValue.map(String.init)
        }
    }
}
