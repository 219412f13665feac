import Foundation
import TwilioWire

/// The one-line forms the `sync` commands print; text from the service is escaped as `sync get`'s
/// JSON is.
enum SyncLines {
    /// A List, Map or Stream: SID, unique name and expiry.
    static func object(sid: String, uniqueName: String?, expires: Date?) -> String {
        let expiry = expires.map { "  expires \(Timestamp($0).iso8601)" } ?? ""
        return "\(sid.terminalSafe)  \(uniqueName?.terminalSafe ?? "-")\(expiry)"
    }

    /// An item: its index or key, revision and data.
    static func item(_ name: String, revision: String?, data: JSONObject) -> String {
        "\(name.terminalSafe)  revision \(revision?.terminalSafe ?? "?")  \(JSONValue.object(data).jsonString.terminalSafe)"
    }
}
