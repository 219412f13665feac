/// Twilio Sync, as `client.sync`.
///
/// ```swift
/// let documents = client.sync.services("ISxxxx").documents
/// let document = try await documents("streaming_info").fetch()
/// let services = try await client.sync.services.list()
/// ```
public struct SyncAPI: Sendable {
    let client: TwilioClient

    /// The Sync Services: call it with a SID (`IS…`, or `default`) for one service
    /// (`services(sid).documents`), or use it as the list (`services.create(…)`), as twilio-node's
    /// `client.sync.v1.services` does.
    public var services: SyncServiceList {
        SyncServiceList(client: client)
    }
}

/// Twilio Media (Twilio Live), as `client.media`.
///
/// ```swift
/// let grant = try await client.media.playerStreamer("VJxxxx").playbackGrant().create(ttl: 60)
/// let streamer = try await client.media.playerStreamer.create(video: true)
/// ```
public struct MediaAPI: Sendable {
    let client: TwilioClient

    /// The PlayerStreamers: call it with a SID for one (`playerStreamer(sid).fetch()`), or use it as
    /// the list (`playerStreamer.create(…)`), as twilio-node's `client.media.playerStreamer` does.
    public var playerStreamer: PlayerStreamerList {
        PlayerStreamerList(client: client)
    }
}

/// Twilio Verify v2, as `client.verify` (and `client.verify.v2`, the same value, as twilio-node
/// spells it).
///
/// ```swift
/// let verifications = client.verify.services("VAxxxx").verifications
/// let started = try await verifications.create(to: "+14155552671", channel: "sms")
/// let check = try await client.verify.v2.services("VAxxxx").verificationChecks.create(code: "123456", to: "+14155552671")
/// check.status   // "approved"
/// ```
public struct VerifyAPI: Sendable {
    let client: TwilioClient

    /// This same API, so `client.verify.v2.services` reads as twilio-node's does.
    public var v2: VerifyAPI { self }

    /// The Verify Services: call it with a SID (`VA…`) for one service
    /// (`services(sid).verifications`), or use it as the list (`services.create(friendlyName:)`), as
    /// twilio-node's `client.verify.v2.services` does.
    public var services: VerifyServiceList {
        VerifyServiceList(client: client)
    }
}

/// Twilio Lookups v2, as `client.lookups` (and `client.lookups.v2`, the same value, as
/// twilio-node spells it).
///
/// ```swift
/// let number = try await client.lookups.v2.phoneNumbers("+14155552671").fetch(fields: "line_type_intelligence")
/// number.valid                                          // true
/// number.lineTypeIntelligence?["type"]?.stringValue     // "mobile"
/// ```
public struct LookupsAPI: Sendable {
    let client: TwilioClient

    /// This same API, so `client.lookups.v2.phoneNumbers` reads as twilio-node's does.
    public var v2: LookupsAPI { self }

    /// The phone numbers to look up: call it with a number (`phoneNumbers("+14155552671").fetch()`),
    /// as twilio-node's `client.lookups.v2.phoneNumbers` does.
    public var phoneNumbers: PhoneNumberLookupList {
        PhoneNumberLookupList(client: client)
    }
}
