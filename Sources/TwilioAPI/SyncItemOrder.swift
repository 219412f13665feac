/// The order of a Sync List's or Sync Map's items: by `index` for list items, by `key` for map
/// items; the `Order` parameter of twilio-node's `syncListItems.list({order})`.
///
/// ```swift
/// let newest = try await list.syncListItems.list(order: .descending, limit: 10)
/// ```
public enum SyncItemOrder: String, Sendable, Hashable, CaseIterable {
    /// Ascending (`asc`); Twilio's default.
    case ascending = "asc"
    /// Descending (`desc`).
    case descending = "desc"
}
