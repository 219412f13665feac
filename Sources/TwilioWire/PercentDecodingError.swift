/// Why percent-encoded text could not be decoded, and which form parameter was at fault; each
/// caller words it for its own input ("the value of query parameter \"x\"…").
public struct PercentDecodingError: Error, Sendable, Equatable {
    /// What is wrong with the bytes.
    public enum Fault: Error, Sendable, Equatable {
        /// A `%` not followed by two hex digits.
        case badEscape
        /// Bytes that are not UTF-8, with no escape among them.
        case invalidUTF8
        /// Escapes that decode to bytes that are not UTF-8.
        case invalidUTF8AfterDecoding

        /// The fault in words, e.g. `has a % that is not followed by two hex digits; encode % as %25.`
        public var explanation: String {
            switch self {
            case .badEscape: "has a % that is not followed by two hex digits; encode % as %25."
            case .invalidUTF8: "is not valid UTF-8."
            case .invalidUTF8AfterDecoding: "is not valid UTF-8 once percent-decoded."
            }
        }
    }

    /// What is wrong.
    public var fault: Fault
    /// The parameter whose value is at fault; `nil` when a parameter's name is.
    public var parameter: String?
    /// The parameter's name as sent (cut to 40 bytes) when the name itself is at fault.
    public var rawName: String

    /// An error.
    public init(fault: Fault, parameter: String?, rawName: String) {
        self.fault = fault
        self.parameter = parameter
        self.rawName = rawName
    }
}

extension PercentDecodingError {
    /// The error in words for a parameter of `source` (`query`, `form`): `the value of query
    /// parameter "x" has a % that is not followed by two hex digits; encode % as %25.`
    public func message(source: String) -> String {
        let what = parameter.map { "the value of \(source) parameter \"\($0)\"" } ?? "a \(source) parameter name"
        return "\(what) \(fault.explanation)"
    }
}
