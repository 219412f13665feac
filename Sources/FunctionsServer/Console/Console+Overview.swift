import FunctionsHost
import FunctionsRuntime
import TwilioWire

extension Console {
    /// Everything the page shows at first: the addresses, the Functions and assets, and the
    /// environment with every secret masked.
    func overview(host: String) -> JSONValue {
        let project = reloadable.project
        let baseURL = "http://\(host)"
        var object = JSONObject()
        object["baseURL"] = .string(baseURL)
        object["apiBaseURL"] = reloadable.apiBaseURL.map { .string($0) } ?? .null
        object["twilio"] = .string(reloadable.twilioMode)
        object["manifest"] = .string(project.manifest.file)
        object["environmentFile"] = .string(project.environment.path)
        object["functions"] = .array(
            project.routes.map { route in
                [
                    "path": .string(route.path),
                    "handler": .string(route.entry.handler),
                    "visibility": .string(route.visibility.rawValue),
                    "url": route.visibility == .private ? .null : .string(baseURL + route.path),
                ]
            }
        )
        object["assets"] = .array(
            project.assets.assets.map { asset in
                ["path": .string(asset.path), "visibility": .string(asset.visibility.rawValue), "contentType": .string(asset.contentType)]
            }
        )
        object["environment"] = .array(
            project.environment.entries.map { entry in
                let masked = SecretRedactor.isSecret(key: entry.key, value: entry.value)
                return ["key": .string(entry.key), "value": .string(masked ? "••••••••" : entry.value), "masked": .bool(masked)]
            }
        )
        object["syncServiceSid"] = project.environment["SYNC_SERVICE_SID"].map { .string($0) } ?? .null
        // The account the 2010 API's paths name (Messages, IncomingPhoneNumbers); not a secret.
        object["accountSid"] = project.environment["ACCOUNT_SID"].flatMap { $0.isEmpty ? nil : .string($0) } ?? .null
        return .object(object)
    }
}
