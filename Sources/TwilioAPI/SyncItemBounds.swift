/// Whether a list of Sync items starts with the item named by `from` or just after it; the
/// `Bounds` parameter of twilio-node's `syncMapItems.list({from, bounds})`.
///
/// ```swift
/// // The map items after "m", not "m" itself.
/// let rest = try await map.syncMapItems.list(from: "m", bounds: .exclusive)
/// ```
public enum SyncItemBounds: String, Sendable, Hashable, CaseIterable {
    /// Start with the `from` item (`inclusive`); Twilio's default.
    case inclusive
    /// Start with the item after `from` (`exclusive`).
    case exclusive
}
