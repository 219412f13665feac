/// `application/x-www-form-urlencoded` decoding, as the runtime reads query strings and form bodies.
public enum FormEncoding {
    /// The decoded name/value pairs of a form body or query string, repeated names kept in order.
    /// - Throws: ``FunctionsError`` (`badRequest`) naming the parameter with bad percent-encoding or UTF-8.
    public static func decode(_ bytes: some Collection<UInt8>, source: String = "form") throws(FunctionsError) -> [(String, String)] {
        try URLEncoding.decodePairs(bytes, source: source)
    }
}
