/// The revisions of Sync Documents, List and Map items, and collections: small counters, as
/// Twilio's are.
enum SyncRevision {
    /// The revision after `revision`; one the emulator did not write (a hand-edited export)
    /// restarts the count at 0.
    static func next(after revision: String) -> String {
        guard let current = Int(revision), current < Int.max else { return "0" }
        return String(current + 1)
    }
}
