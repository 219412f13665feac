import TwilioWire

extension FunctionResponse: FunctionPayload {
    /// The answer as Twilio's runtime sends it: the status, the headers exactly as set (a header
    /// set under two spellings keeps the later one), and the body; no body for 204 and 304.
    public func functionResult() throws -> FunctionResult {
        let snapshot = self.snapshot
        let (status, entries, body) = (snapshot.statusCode, snapshot.headers, snapshot.body)
        var kept: [(name: String, values: [String])] = []
        kept.reserveCapacity(entries.count)
        for entry in entries {
            kept.removeAll { $0.name.caseInsensitiveEquals(entry.name) }
            kept.append(entry)
        }
        var lines: HeaderList = []
        var contentTypeIndex: Int?
        for entry in kept {
            let isContentType = entry.name.caseInsensitiveEquals("content-type")
            for value in entry.values {
                if isContentType { contentTypeIndex = lines.count }
                lines.append((entry.name, value))
            }
        }
        if status == 204 || status == 304 {
            lines.removeAll { $0.name.caseInsensitiveEquals("content-type") || $0.name.caseInsensitiveEquals("content-length") }
            return FunctionResult(status: status, headers: lines, body: [])
        }
        let bytes: [UInt8]
        let defaultType: String
        switch body {
        case nil: return FunctionResult(status: status, headers: lines, body: [])
        case .text(let text): (bytes, defaultType) = (Array(text.utf8), FunctionResult.htmlContentType)
        case .json(let value): (bytes, defaultType) = (value.jsonBytes, FunctionResult.jsonContentType)
        case .bytes(let data): (bytes, defaultType) = (data, "application/octet-stream")
        }
        if let contentTypeIndex {
            // As Express does for text: a Content-Type without a charset gets `; charset=utf-8`.
            if case .bytes = body {} else if !lines[contentTypeIndex].value.containsCaseInsensitive("charset") {
                lines[contentTypeIndex].value += "; charset=utf-8"
            }
        } else {
            lines.append(("Content-Type", defaultType))
        }
        return FunctionResult(status: status, headers: lines, body: bytes)
    }
}
