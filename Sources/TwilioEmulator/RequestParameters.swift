import TwilioWire

/// The Twilio parameters of a request: the form body of a `POST`, the query string otherwise.
///
/// Names are case-sensitive as Twilio's (`UniqueName`, `PageSize`); a repeated name keeps its first
/// value; parameters nobody asks for are ignored, as Twilio ignores unknown ones.
struct RequestParameters: Sendable {
    private var pairs: [(name: String, value: String)]

    init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    /// The parameters of `request`.
    /// - Throws: 400 naming the parameter whose percent-encoding or UTF-8 is invalid.
    init(of request: EmulatorRequest) throws(EmulatorError) {
        if request.method == "POST" {
            try self.init(decoding: request.body)
        } else {
            try self.init(decoding: Array((request.query ?? "").utf8))
        }
    }

    /// Decodes `application/x-www-form-urlencoded` bytes (`+` is a space).
    init(decoding bytes: [UInt8]) throws(EmulatorError) {
        do {
            pairs = try PercentEncoding.decodeForm(bytes).map { (name: $0.0, value: $0.1) }
        } catch {
            guard let name = error.parameter else {
                throw .invalidParameter("parameter name", "`\(error.rawName)` is not valid percent-encoded UTF-8")
            }
            throw .invalidParameter(name, "the value is not valid percent-encoded UTF-8; encode % as %25")
        }
    }

    /// The value of `name`, if sent.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of `name`, in order, for parameters Twilio takes repeatedly (`MediaUrl`).
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }
}
