/// Splits bytes read off the wire into complete HTTP/1.1 answers (Content-Length or chunked
/// bodies; 1xx, 204 and 304 without one).
enum RawResponseParser {
    static func parse(_ bytes: [UInt8]) -> [RawResponse] {
        var responses: [RawResponse] = []
        var offset = 0
        while let response = next(bytes, from: &offset) {
            responses.append(response)
        }
        return responses
    }

    private static let headerEnd: [UInt8] = Array("\r\n\r\n".utf8)

    private static func next(_ bytes: [UInt8], from offset: inout Int) -> RawResponse? {
        guard offset < bytes.count, let end = bytes[offset...].firstRange(of: headerEnd) else { return nil }
        let lines = String(decoding: bytes[offset..<end.lowerBound], as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/"),
            let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: " "))
        }
        var bodyStart = end.upperBound
        let header = { (name: String) in headers.first { $0.name.lowercased() == name }?.value }
        var body: [UInt8] = []
        if (100..<200).contains(status) || status == 204 || status == 304 {
            // no body
        } else if header("transfer-encoding")?.lowercased() == "chunked" {
            guard let chunked = dechunk(bytes, from: &bodyStart) else { return nil }
            body = chunked
        } else {
            let length = header("content-length").flatMap { Int($0) } ?? 0
            guard bytes.count - bodyStart >= length else { return nil }
            body = Array(bytes[bodyStart..<bodyStart + length])
            bodyStart += length
        }
        offset = bodyStart
        return RawResponse(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ bytes: [UInt8], from offset: inout Int) -> [UInt8]? {
        var body: [UInt8] = []
        var index = offset
        let lineEnd: [UInt8] = Array("\r\n".utf8)
        while true {
            guard let end = bytes[index...].firstRange(of: lineEnd),
                let size = Int(String(decoding: bytes[index..<end.lowerBound], as: UTF8.self).prefix { $0 != ";" }, radix: 16)
            else { return nil }
            index = end.upperBound
            if size == 0 {
                guard bytes.count >= index + 2 else { return nil }
                offset = index + 2
                return body
            }
            guard bytes.count >= index + size + 2 else { return nil }
            body += bytes[index..<index + size]
            index += size + 2
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = self[...]
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
