import TwilioAccessToken

/// Splits the input at newlines into a signature, a URL, then `name=value` parameters (or, when the
/// URL has `bodySHA256`, a body) and validates it; a signature the validator makes must validate.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    guard lines.count >= 2 else { return 0 }
    let signature = lines[0]
    let url = lines[1]
    let parameters: [(String, String)] = lines.dropFirst(2).map { line in
        guard let equals = line.firstIndex(of: "=") else { return (line, "") }
        return (String(line[..<equals]), String(line[line.index(after: equals)...]))
    }
    let validator = RequestValidator(authToken: "12345")
    _ = validator.validate(signature: signature, url: url, parameters: parameters)
    _ = validator.validate(signature: signature, url: url, body: Array(lines.dropFirst(2).joined(separator: "\n").utf8))
    _ = RequestValidator.hasBodyHash(url)
    let made = validator.signature(url: url, parameters: parameters)
    precondition(validator.validate(signature: made, url: url, parameters: parameters), "a signature made for \(url) does not validate")
    let sha256 = RequestValidator(authToken: "12345", algorithm: .sha256)
    precondition(sha256.validate(signature: sha256.signature(url: url), url: url), "a SHA-256 signature does not validate")
    return 0
}
