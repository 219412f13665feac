import TwilioAPI
import TwilioWire

/// The JavaScript REST client twilio-node's `context.getTwilioClient()` and
/// `require('twilio')(…)` return, built from ``TwilioRESTResource``'s table:
///
/// ```js
/// const client = context.getTwilioClient();
/// const document = await client.sync.services(SID).documents('streaming_info').fetch();
/// await client.messages.create({ to, from, body });
/// ```
///
/// Every method returns a settled promise: the resource (top-level keys in camelCase, nested
/// values as Twilio sent them), or a rejection with twilio-node's `RestException` fields.
enum TwilioRESTClient {
    /// The client object for `connection`.
    static func make(_ connection: TwilioRESTConnection) -> JSValue {
        let client = JSObject()
        client.define("accountSid", .string(connection.accountSid))
        client.define("username", .string(connection.username))
        for product in TwilioRESTResource.products {
            let object = JSObject()
            let root = TwilioRESTConnection.Path(domain: product.domain, segments: [product.version], jsonSuffix: false)
            for resource in product.resources {
                object.define(resource.name, list(resource, at: root.appending(resource.segment), connection))
            }
            object.define(product.version, .object(object), enumerable: false)
            client.define(product.name, .object(object))
        }
        let account = accountObject(connection.accountSid, connection)
        for resource in TwilioRESTResource.accountResources {
            client.define(resource.name, account.get(resource.name))
        }
        let accounts = JSObject.makeFunction(name: "accounts", parameters: 1) { _, arguments in
            accountObject(try identifier(arguments[0], of: "accounts"), connection)
        }
        let v2010 = JSValue.object([("accounts", .object(accounts)), ("account", account)])
        client.define("api", .object([("v2010", v2010), ("accounts", .object(accounts)), ("account", account)]))
        return .object(client)
    }

    private static func accountObject(_ accountSid: String, _ connection: TwilioRESTConnection) -> JSValue {
        let account = JSObject()
        let root = TwilioRESTConnection.Path(domain: .api, segments: ["2010-04-01", "Accounts", accountSid], jsonSuffix: true)
        for resource in TwilioRESTResource.accountResources {
            account.define(resource.name, list(resource, at: root.appending(resource.segment), connection))
        }
        return .object(account)
    }

    /// A list: callable with an identifier for one resource, carrying the list's methods.
    private static func list(_ resource: TwilioRESTResource, at path: TwilioRESTConnection.Path, _ connection: TwilioRESTConnection) -> JSValue {
        let function = JSObject.makeFunction(name: resource.name, parameters: 1) { _, arguments in
            guard resource.isCallable else {
                throw JSThrow.typeError("\(resource.name) is not a function: use \(resource.name).\(resource.listMethods.map(\.rawValue).sorted().first ?? "create")(…)")
            }
            if resource.isSingleton { return instance(resource, at: path, connection) }
            return instance(resource, at: path.appending(try identifier(arguments[0], of: resource.name)), connection)
        }
        for method in resource.listMethods {
            function.defineMethod(method.rawValue, parameters: 2) { _, arguments in
                await TwilioRESTCall(connection: connection, path: path, resource: resource).run(method, arguments)
            }
        }
        return .object(function)
    }

    /// One resource: its methods and the lists under it.
    private static func instance(_ resource: TwilioRESTResource, at path: TwilioRESTConnection.Path, _ connection: TwilioRESTConnection) -> JSValue {
        let object = JSObject()
        for method in resource.instanceMethods {
            object.defineMethod(method.rawValue, parameters: 2) { _, arguments in
                await TwilioRESTCall(connection: connection, path: path, resource: resource).run(method, arguments)
            }
        }
        for child in resource.children {
            object.define(child.name, list(child, at: path.appending(child.segment), connection))
        }
        return .object(object)
    }

    /// A SID, unique name, index or key for a path: a string or a number.
    private static func identifier(_ value: JSValue, of name: String) throws -> String {
        switch value {
        case .string(let text) where !text.isEmpty:
            return text
        case .number:
            return value.toString
        default:
            throw JSThrow.error(
                "Error",
                "Parameter 'sid' is not valid: \(name)(…) was given \(value.isNullish ? value.toString : "an empty value"); pass the SID, unique name or key"
            )
        }
    }
}
