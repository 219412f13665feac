import TwilioWire

extension JSONObject {
    /// A copy with `members` placed before the member `key`, or at the end when `key` is `nil` or
    /// absent: a resource's JSON is its stored fields with the URL fields at Twilio's positions.
    func inserting(_ members: JSONObject, before key: String? = nil) -> JSONObject {
        let split = key.flatMap { key in entries.firstIndex { $0.key == key } } ?? entries.count
        let ordered = entries[..<split] + members.entries + entries[split...]
        return JSONObject(ordered.map { ($0.key, $0.value) })
    }
}
