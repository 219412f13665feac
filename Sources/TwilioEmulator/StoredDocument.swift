import TwilioWire

/// A JSON document the emulator reads from a file someone may have written by hand (the state
/// file, the seed fixture), so both report a bad file the same way.
protocol StoredDocument {
    /// Reads the document from its JSON.
    init(json: JSONValue) throws(ShapeError)
}

extension StoredDocument {
    /// The document `bytes` hold.
    /// - Parameters:
    ///   - shapeProblem: What the file is not when its JSON has the wrong shape, e.g. `is not in
    ///     the expected shape`; the shape error follows in parentheses.
    ///   - invalid: Turns the problem (`is not valid JSON (line 3, column 5: …)`) into the error.
    static func decode(
        _ bytes: [UInt8],
        shapeProblem: String,
        invalid: (String) -> EmulatorStoreError
    ) throws(EmulatorStoreError) -> Self {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw invalid("is not valid JSON (line \(error.line), column \(error.column): \(error.reason))")
        }
        do {
            return try Self(json: json)
        } catch {
            throw invalid("\(shapeProblem) (\(error.message))")
        }
    }
}
