/// A JavaScript value: the one type ported Functions compute with.
///
/// Literals, member access and calls read like the JavaScript they came from:
///
/// ```swift
/// let twiml = try await Twilio.twiml.VoiceResponse.new()
/// let gather = try await twiml.gather(["numDigits": 1, "action": "handle-user-input"])
/// _ = try await gather.say("Press 1 for sales")
/// var userInput = event.Digits || event.SpeechResult
/// if (userInput === "3").isTruthy { userInput = "1" }
/// ```
///
/// Values live inside one request's call tree, so the type is deliberately not `Sendable`:
/// objects have reference semantics, as in JavaScript.
@dynamicMemberLookup @dynamicCallable
public enum JSValue {
    /// `undefined`.
    case undefined
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number (an IEEE 754 double, as every JavaScript number is).
    case number(Double)
    /// A string.
    case string(String)
    /// An object: plain object, array, function, error, promise, regular expression, date or native object.
    case object(JSObject)
}

extension JSValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer literal, as a number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A floating-point literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `nil` is JavaScript's `null`.
    public init(nilLiteral: ()) { self = .null }
    /// An array literal makes a new array.
    public init(arrayLiteral elements: JSValue...) { self = .array(elements) }
    /// A dictionary literal makes a new plain object whose keys keep the literal's order.
    public init(dictionaryLiteral elements: (String, JSValue)...) { self = .object(elements) }
}

extension JSValue: CustomStringConvertible {
    /// JavaScript's ToString, so string interpolation reads like a template literal.
    public var description: String { toString }
}

extension JSValue {
    /// A new array holding `elements`.
    public static func array(_ elements: [JSValue]) -> JSValue {
        .object(JSObject(array: elements))
    }

    /// A new plain object with these properties in order (a repeated key keeps its first position and last value).
    public static func object(_ properties: [(String, JSValue)]) -> JSValue {
        let object = JSObject()
        for (key, value) in properties { object.set(key, value) }
        return .object(object)
    }

    /// A regular expression, like the literal `/pattern/flags`; an invalid pattern throws a SyntaxError when used.
    public static func regex(pattern: String, flags: String) -> JSValue {
        .object(JSObject(regex: JSRegExp(pattern: pattern, flags: flags)))
    }

    /// The object, when this is one.
    public var objectValue: JSObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// Whether this is `undefined` or `null`.
    public var isNullish: Bool {
        switch self {
        case .undefined, .null: true
        default: false
        }
    }

    /// Whether this is `undefined`.
    public var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    /// Whether this can be called.
    public var isCallable: Bool { objectValue?.isCallable ?? false }

    /// The native value boxed in this object, when it is a native object holding a `T`.
    public func native<T>(as type: T.Type) -> T? {
        objectValue?.native(as: type)
    }
}
