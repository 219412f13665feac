/// A JavaScript `throw`: the thrown value travels through Swift as this error.
///
/// ```swift
/// throw JSThrow("boom")                                   // throw 'boom'
/// throw JSThrow(try await js.Error.new("not found"))      // throw new Error('not found')
/// ```
public struct JSThrow: Error, CustomStringConvertible {
    /// The thrown value.
    // Errors must be Sendable, but a thrown value stays inside the one request's call tree that threw and caught it.
    nonisolated(unsafe) public let value: JSValue

    /// Throws `value`.
    public init(_ value: JSValue) {
        self.value = value
    }

    /// `Name: message` for errors, ToString for anything else.
    public var description: String {
        if case .object(let object) = value, object.kind == .error {
            let name = object.get("name").toString
            let message = object.get("message").toString
            return message.isEmpty ? name : "\(name): \(message)"
        }
        return value.toString
    }

    /// The Swift error this throw carries when it began as one (a REST failure, an untranslated line, …).
    public var underlyingError: (any Error)? {
        value.objectValue?.nativeValue as? any Error
    }

    /// A new `Error`-like object named `name` (`"TypeError"`, `"SyntaxError"`, …) thrown as a value.
    public static func error(_ name: String, _ message: String) -> JSThrow {
        JSThrow(JSValue.makeError(name, message))
    }

    /// A thrown `TypeError`.
    public static func typeError(_ message: String) -> JSThrow {
        error("TypeError", message)
    }

    /// A thrown `RangeError`.
    public static func rangeError(_ message: String) -> JSThrow {
        error("RangeError", message)
    }
}

/// A Swift error that knows the JavaScript value a `catch` should see (`JSValue(caught:)` asks it first).
public protocol JSErrorConvertible: Error {
    /// The value JavaScript code catches.
    var jsError: JSValue { get }
}

extension JSValue {
    /// What a JavaScript `catch (e)` binds for a Swift error: a ``JSThrow``'s value, a ``JSErrorConvertible``'s
    /// `jsError`, or else a new `Error` whose message is the error's description (only its type name when it has
    /// none, so no request data leaks into messages).
    public init(caught error: any Error) {
        if let thrown = error as? JSThrow {
            self = thrown.value
        } else if let convertible = error as? any JSErrorConvertible {
            self = convertible.jsError
        } else {
            let message: String
            if let described = Self.describe(error) {
                message = described
            } else {
                message = String(describing: type(of: error))
            }
            let made = JSValue.makeError("Error", message)
            made.objectValue?.nativeValue = error
            self = made
        }
    }

    /// The error's own description, when its type provides one (a plain struct's field dump is never used).
    private static func describe(_ value: Any) -> String? {
        (value as? any CustomStringConvertible)?.description
    }

    /// A new error object: `name` is its class (`"Error"`, `"TypeError"`, …), with `message` and a short `stack`.
    public static func makeError(_ name: String, _ message: String) -> JSValue {
        let error = JSObject(kind: .error, className: name)
        error.define("message", .string(message), enumerable: false)
        error.define("stack", .string(message.isEmpty ? name : "\(name): \(message)"), enumerable: false)
        return .object(error)
    }
}
