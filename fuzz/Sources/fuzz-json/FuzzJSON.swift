import TwilioWire

/// Parses the input as JSON; whatever parses must write back to JSON that parses to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let value = try? JSONParser.parse(bytes) else { return 0 }
    let written = value.jsonBytes
    guard let reparsed = try? JSONParser.parse(written) else {
        fatalError("written JSON does not parse: \(String(decoding: written, as: UTF8.self))")
    }
    precondition(reparsed.jsonBytes == written, "writing is not stable: \(String(decoding: written, as: UTF8.self))")
    return 0
}
