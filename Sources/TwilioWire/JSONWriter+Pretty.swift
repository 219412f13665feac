extension JSONWriter {
    /// Appends the JSON text of `value` indented by two spaces per level, for people to read.
    public static func writePretty(_ value: JSONValue, into output: inout [UInt8], level: Int = 0) {
        func newline(_ level: Int) {
            output.append(0x0A)
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
        }
        switch value {
        case .array(let values) where !values.isEmpty:
            output.append(UInt8(ascii: "["))
            for (offset, element) in values.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(level + 1)
                writePretty(element, into: &output, level: level + 1)
            }
            newline(level)
            output.append(UInt8(ascii: "]"))
        case .object(let object) where !object.isEmpty:
            output.append(UInt8(ascii: "{"))
            for (offset, entry) in object.entries.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(level + 1)
                writeString(entry.key, into: &output)
                output.append(contentsOf: ": ".utf8)
                writePretty(entry.value, into: &output, level: level + 1)
            }
            newline(level)
            output.append(UInt8(ascii: "}"))
        default:
            write(value, into: &output)
        }
    }
}

extension JSONValue {
    /// The JSON text of this value, indented for people to read.
    public var prettyJSONString: String {
        var output: [UInt8] = []
        JSONWriter.writePretty(self, into: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
