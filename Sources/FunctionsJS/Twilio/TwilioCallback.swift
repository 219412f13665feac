import FunctionsRuntime
import TwilioWire

/// The `callback(err, value)` JavaScript handlers get, over FunctionsRuntime's
/// ``FunctionsRuntime/FunctionCallback`` (which keeps only the first call).
enum TwilioCallback {
    /// The JavaScript function.
    static func make(_ callback: FunctionCallback) -> JSValue {
        JSValue.function("callback", parameters: 2) { _, arguments in
            let (error, value) = (arguments[0], arguments[1])
            // As in the Functions runtime, falsy errors (`null`, `0`, `''`) count as success.
            if error.isTruthy {
                callback(HandlerError(message(of: error)))
            } else {
                callback(nil, payload(value))
            }
            return .undefined
        }
    }

    /// The answer for `callback(null, value)`: text for a string, the response or TwiML as they
    /// are, JSON for other values, an empty 200 for `null` and `undefined`.
    static func payload(_ value: JSValue) -> (any FunctionPayload)? {
        switch value {
        case .undefined, .null:
            return nil
        case .string(let text):
            return text
        case .object(let object):
            if let response = object.nativeValue as? FunctionResponse { return response }
            if let node = object.nativeValue as? TwiMLNode, node.element === node.document.root { return node.document }
            return value.toJSON
        default:
            return value.toJSON
        }
    }

    /// The text of a 500 for an error value: an Error's message, a string as it is, other values
    /// as JSON.
    static func message(of error: JSValue) -> String {
        switch error {
        case .string(let text):
            return text
        case .object(let object) where object.kind == .error || object.nativeValue is any Error:
            let message = error.message
            return message.isUndefined ? error.toString : message.toString
        case .object(let object) where !object.isCallable:
            return error.toJSON?.jsonString ?? error.toString
        default:
            return error.toString
        }
    }
}
