import FunctionsRuntime

/// `Twilio.Response` for one request: JavaScript objects over FunctionsRuntime's
/// ``FunctionsRuntime/FunctionResponse``, whose setters chain as in the Functions runtime.
///
/// ```js
/// const response = new Twilio.Response();
/// response.setStatusCode(201).appendHeader('Content-Type', 'application/json').setBody({ ok: true });
/// callback(null, response);
/// ```
enum TwilioResponseClass {
    /// The constructor: `new Twilio.Response()` or `new Twilio.Response({statusCode, body, headers})`.
    static func constructor() -> JSValue {
        let prototype = makePrototype()
        return .object(
            JSObject.makeConstructor(name: "Response", parameters: 1, instanceClassName: "Response") { arguments, _ in
                let response = FunctionResponse()
                let this = JSValue.object(JSObject(native: response, className: "Response", prototype: prototype))
                let options = arguments[0]
                if case .object = options {
                    if !options.statusCode.isNullish { try setStatusCode(response, options.statusCode) }
                    if !options.body.isUndefined { setBody(response, options.body) }
                    if case .object(let headers) = options.headers { appendHeaders(response, headers) }
                }
                return this
            }
        )
    }

    private static func makePrototype() -> JSObject {
        let prototype = JSObject()
        prototype.defineMethod("setStatusCode", parameters: 1) { this, arguments in
            try setStatusCode(try response(this, "setStatusCode"), arguments[0])
            return this
        }
        prototype.defineMethod("setBody", parameters: 1) { this, arguments in
            setBody(try response(this, "setBody"), arguments[0])
            return this
        }
        prototype.defineMethod("appendHeader", parameters: 2) { this, arguments in
            let response = try response(this, "appendHeader")
            response.appendHeader(arguments[0].toString, headerValues(arguments[1]))
            return this
        }
        prototype.defineMethod("setHeaders", parameters: 1) { this, arguments in
            let response = try response(this, "setHeaders")
            response.setHeaders([:])
            if case .object(let headers) = arguments[0] { appendHeaders(response, headers) }
            return this
        }
        prototype.defineMethod("setCookie", parameters: 3) { this, arguments in
            let attributes = arguments[2].objectValue.map { $0.kind == .array ? $0.elements.map(\.toString) : [] } ?? []
            try response(this, "setCookie").setCookie(arguments[0].toString, arguments[1].toString, attributes)
            return this
        }
        prototype.defineMethod("removeCookie", parameters: 1) { this, arguments in
            try response(this, "removeCookie").removeCookie(arguments[0].toString)
            return this
        }
        return prototype
    }

    private static func response(_ this: JSValue, _ method: String) throws -> FunctionResponse {
        guard let response = this.native(as: FunctionResponse.self) else {
            throw JSThrow.typeError("\(method)() must be called on a Twilio.Response, e.g. response.\(method)(...)")
        }
        return response
    }

    private static func setStatusCode(_ response: FunctionResponse, _ value: JSValue) throws {
        let number = value.toNumber
        guard number.isFinite, number == number.rounded(), (100...999).contains(number) else {
            throw JSThrow.rangeError("Invalid status code: \(value.toString). Pass a whole number from 100 to 999 to setStatusCode().")
        }
        response.setStatusCode(Int(number))
    }

    /// A string is text; a Buffer is bytes; anything else is JSON, as the Functions runtime sends it.
    private static func setBody(_ response: FunctionResponse, _ value: JSValue) {
        switch value {
        case .string(let text):
            response.setBody(text)
        case .object(let object) where object.nativeValue is JSBuffer:
            response.setBody(bytes: (object.nativeValue as? JSBuffer)?.bytes ?? [])
        default:
            if let json = value.toJSON { response.setBody(json) } else { response.setBody("") }
        }
    }

    private static func headerValues(_ value: JSValue) -> [String] {
        if case .object(let array) = value, array.kind == .array { return array.elements.map(\.toString) }
        return [value.toString]
    }

    private static func appendHeaders(_ response: FunctionResponse, _ headers: JSObject) {
        for (name, value) in headers.ownEntries where !value.isNullish {
            response.appendHeader(name, headerValues(value))
        }
    }
}
