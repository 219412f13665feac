import FunctionsRuntime
import TwilioAccessToken

/// The `twilio` module, which is also the `Twilio` global of a Function: callable as
/// `twilio(accountSidOrKey, secret, {accountSid})` for a REST client, with `Response`, `twiml`,
/// `jwt.AccessToken` and `validateRequest`.
///
/// ```js
/// const client = require('twilio')(API_KEY, API_SECRET, { accountSid: ACCOUNT_SID });
/// const twiml = new Twilio.twiml.VoiceResponse();
/// const token = new Twilio.jwt.AccessToken(ACCOUNT_SID, API_KEY, API_SECRET);
/// ```
enum TwilioModule {
    /// The module for one request.
    static func make(context: FunctionContext) -> JSValue {
        let makeClient: JSFunctionBody = { _, arguments in
            try client(context, arguments)
        }
        let module = JSObject.makeConstructor(name: "twilio", parameters: 3, instanceClassName: "Twilio", call: makeClient) { arguments, _ in
            try client(context, arguments)
        }
        module.define("Twilio", .object(module), enumerable: false)
        module.define("Response", TwilioResponseClass.constructor())
        module.define("twiml", TwiMLClasses().namespace())
        module.define("jwt", .object([("AccessToken", AccessTokenClass.constructor())]))
        module.define("validateRequest", .object(JSObject.makeFunction(name: "validateRequest", parameters: 4) { _, arguments in
            .bool(validateRequest(arguments))
        }))
        return .object(module)
    }

    /// `twilio(username, password, {accountSid})`; without credentials, `TWILIO_ACCOUNT_SID` and
    /// `TWILIO_AUTH_TOKEN` from the environment, as twilio-node reads them from `process.env`.
    private static func client(_ context: FunctionContext, _ arguments: [JSValue]) throws -> JSValue {
        let username = arguments[0].isTruthy ? arguments[0].toString : context["TWILIO_ACCOUNT_SID"]
        let password = arguments[1].isTruthy ? arguments[1].toString : context["TWILIO_AUTH_TOKEN"]
        guard let username, !username.isEmpty else {
            throw JSThrow.error("Error", "username is required: call twilio(accountSidOrApiKey, authTokenOrSecret, { accountSid })")
        }
        guard let password, !password.isEmpty else {
            throw JSThrow.error("Error", "password is required: call twilio(accountSidOrApiKey, authTokenOrSecret, { accountSid })")
        }
        let accountSid = arguments[2].accountSid.isTruthy ? arguments[2].accountSid.toString : nil
        return TwilioRESTClient.make(try TwilioContextBridge.connection(context, username: username, password: password, accountSid: accountSid))
    }

    /// `validateRequest(authToken, signature, url, params)`: whether `signature` is Twilio's for
    /// the URL and POST parameters.
    private static func validateRequest(_ arguments: [JSValue]) -> Bool {
        var parameters: [(String, String)] = []
        if case .object(let object) = arguments[3] {
            for (key, value) in object.ownEntries {
                if case .object(let array) = value, array.kind == .array {
                    parameters += array.elements.map { (key, $0.toString) }
                } else {
                    parameters.append((key, value.toString))
                }
            }
        }
        return RequestValidator(authToken: arguments[0].toString)
            .validate(signature: arguments[1].toString, url: arguments[2].toString, parameters: parameters)
    }
}
