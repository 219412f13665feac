import FunctionsRuntime
import TwilioAPI

/// The `context` JavaScript handlers get, and the REST clients made from it.
enum TwilioContextBridge {
    /// Every environment value (as strings, sorted by name), `DOMAIN_NAME`, `PATH`, and
    /// `getTwilioClient()`.
    static func context(_ context: FunctionContext) -> JSValue {
        let object = JSObject()
        for (key, value) in context.environment.sorted(by: { $0.key < $1.key }) {
            object.set(key, .string(value))
        }
        for key in ["DOMAIN_NAME", "PATH"] where context.environment[key] == nil {
            object.set(key, context[key].map(JSValue.string) ?? .undefined)
        }
        object.defineMethod("getTwilioClient", parameters: 1) { _, _ in
            TwilioRESTClient.make(try connection(context))
        }
        return .object(object)
    }

    /// The connection of `context.getTwilioClient()`: ACCOUNT_SID and AUTH_TOKEN, or API_KEY and
    /// API_SECRET when there is no AUTH_TOKEN.
    /// - Throws: FunctionsRuntime's error naming the missing keys or the missing Twilio connection.
    static func connection(_ context: FunctionContext) throws -> TwilioRESTConnection {
        let client = try context.getTwilioClient()
        let accountSid = client.accountSid
        let (username, password): (String, String) =
            if let authToken = context["AUTH_TOKEN"], !authToken.isEmpty {
                (accountSid, authToken)
            } else {
                (context["API_KEY"] ?? "", context["API_SECRET"] ?? "")
            }
        return TwilioRESTConnection(
            username: username, password: password, accountSid: accountSid, endpoints: client.endpoints, transport: client.transport
        )
    }

    /// The connection of `require('twilio')(username, password, {accountSid})`, over the
    /// context's Twilio connection.
    static func connection(_ context: FunctionContext, username: String, password: String, accountSid: String?) throws -> TwilioRESTConnection {
        let client = try context.twilioClient(username, password, accountSid: accountSid)
        return TwilioRESTConnection(
            username: username, password: password, accountSid: accountSid ?? username, endpoints: client.endpoints,
            transport: client.transport
        )
    }
}
