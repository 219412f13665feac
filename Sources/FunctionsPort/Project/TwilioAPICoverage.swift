/// Which twilio-node calls the local emulator answers, so the port report can say which Twilio
/// APIs a ported Function will reach offline and which need a real account.
///
/// Calls are named as ``PortedModule/twilioAPIs`` names them: twilio-node's fluent path without
/// the SIDs, ending in the method (`messages.create`, `sync.services.documents.fetch`,
/// `verify.v2.services.verifications.create`). Version segments (`v1`, `v2`, `v2010`) and the
/// `api.accounts` prefix of the 2010 API do not matter.
///
/// ```swift
/// TwilioAPICoverage.isServed("lookups.v2.phoneNumbers.fetch")    // true
/// TwilioAPICoverage.isServed("conversations.conversations.create")   // false
/// ```
public enum TwilioAPICoverage {
    /// Whether the emulator serves `call`.
    public static func isServed(_ call: String) -> Bool {
        let segments = normalized(call)
        guard let method = segments.last, segments.count >= 2 else { return false }
        return served[segments.dropLast().joined(separator: ".")]?.contains(method) == true
    }

    /// The call's segments without `client.`, versions and the 2010 API's `api.accounts`.
    static func normalized(_ call: String) -> [String] {
        var segments = call.split(separator: ".").map(String.init).filter { !isVersion($0) }
        if segments.first == "client" { segments.removeFirst() }
        if segments.first == "api" {
            segments.removeFirst()
            if segments.first == "accounts", segments.count > 2 { segments.removeFirst() }
        }
        return segments
    }

    private static func isVersion(_ segment: String) -> Bool {
        segment.count >= 2 && segment.first == "v" && segment.dropFirst().allSatisfy(\.isNumber)
    }

    private static let list: Set<String> = ["list", "each", "page"]
    private static let all: Set<String> = list.union(["create", "fetch", "update", "remove"])
    private static let permissions: Set<String> = list.union(["fetch", "update", "remove"])

    /// Each resource the emulator answers (its routes in `TwilioEmulator.EmulatorRoute`), with
    /// the twilio-node methods that reach them.
    private static let served: [String: Set<String>] = [
        "messages": all,
        "messages.media": list,
        "messages.feedback": ["create"],
        "calls": all,
        "incomingPhoneNumbers": all,
        "sync.services": all,
        "sync.services.documents": all,
        "sync.services.documents.documentPermissions": permissions,
        "sync.services.syncLists": all,
        "sync.services.syncLists.syncListItems": all,
        "sync.services.syncLists.syncListPermissions": permissions,
        "sync.services.syncMaps": all,
        "sync.services.syncMaps.syncMapItems": all,
        "sync.services.syncMaps.syncMapPermissions": permissions,
        "sync.services.syncStreams": all,
        "sync.services.syncStreams.streamMessages": ["create"],
        "media.playerStreamer": list.union(["create", "fetch", "update"]),
        "media.playerStreamer.playbackGrant": ["create"],
        "verify.services": all,
        "verify.services.verifications": ["create", "fetch", "update"],
        "verify.services.verificationChecks": ["create"],
        "lookups.phoneNumbers": ["fetch"],
    ]
}
