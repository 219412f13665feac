import FunctionsRuntime
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// The emulated Twilio services behind a ``FunctionsTestKit``: what the handlers' Twilio clients
/// read and change, and helpers to arrange and inspect it.
///
/// Every helper is a request to the emulator's REST router, made as the account owner, so it
/// behaves exactly as the API does (validation, status codes, Twilio's error messages). A
/// failure throws the `TwilioAPIError` a Twilio client would have thrown.
///
/// ```swift
/// let streamer = try await kit.twilio.createPlayerStreamer()
/// try await kit.twilio.createDocument("streaming_info", data: ["playerStreamerSid": .string(streamer.sid)])
/// // ... invoke the Function ...
/// let document = try await kit.twilio.document("streaming_info")
/// ```
public struct EmulatedTwilioState: Sendable {
    /// The emulator itself, for requests the helpers do not cover.
    public let emulator: TwilioEmulator
    /// The Sync Service documents go to: the environment's `SYNC_SERVICE_SID`, or `default` (the
    /// emulator's name for the account's first service) when it is not set.
    public let syncServiceSid: String?
    /// The Verify Service of the environment's `VERIFY_SERVICE_SID`, created with the kit's first
    /// request; `nil` when it is not set.
    public let verifyServiceSid: String?

    init(emulator: TwilioEmulator, syncServiceSid: String?, verifyServiceSid: String? = nil) {
        self.emulator = emulator
        self.syncServiceSid = syncServiceSid.flatMap { $0.isEmpty ? nil : $0 }
        self.verifyServiceSid = verifyServiceSid.flatMap { $0.isEmpty ? nil : $0 }
    }

    // MARK: - Sync Documents

    /// Creates the Sync Document `uniqueName` holding `data` (201), as
    /// `client.sync.services(SID).documents.create({uniqueName, data, ttl})` does.
    /// - Throws: `TwilioAPIError`, e.g. 409 when the name is taken.
    @discardableResult
    public func createDocument(_ uniqueName: String, data: JSONObject = [:], ttl: Int? = nil) async throws -> SyncDocument {
        var parameters = [("UniqueName", uniqueName), ("Data", JSONValue.object(data).jsonString)]
        if let ttl { parameters.append(("Ttl", String(ttl))) }
        return try SyncDocument(json: try await send("POST", documentsPath, parameters))
    }

    /// Replaces the data of the document named `name` (unique name or `ET…` SID).
    /// - Throws: `TwilioAPIError`, e.g. 404 when there is no such document.
    @discardableResult
    public func updateDocument(_ name: String, data: JSONObject) async throws -> SyncDocument {
        try SyncDocument(json: try await send("POST", documentPath(name), [("Data", JSONValue.object(data).jsonString)]))
    }

    /// The document named `name` (unique name or `ET…` SID), or `nil` when it does not exist.
    /// - Throws: `TwilioAPIError` for any failure other than 404.
    public func document(_ name: String) async throws -> SyncDocument? {
        do {
            return try SyncDocument(json: try await send("GET", documentPath(name)))
        } catch let error as TwilioAPIError where error.status == 404 {
            return nil
        }
    }

    /// Deletes the document named `name` (204).
    /// - Throws: `TwilioAPIError`, e.g. 404 when there is no such document.
    public func deleteDocument(_ name: String) async throws {
        _ = try await send("DELETE", documentPath(name))
    }

    // MARK: - Media PlayerStreamers

    /// Creates a PlayerStreamer (201, status `created`), as
    /// `client.media.playerStreamer.create()` does; playback grants can be issued for it at once.
    @discardableResult
    public func createPlayerStreamer(video: Bool = true, maxDuration: Int? = nil) async throws -> PlayerStreamer {
        var parameters = [("Video", video ? "true" : "false")]
        if let maxDuration { parameters.append(("MaxDuration", String(maxDuration))) }
        return try PlayerStreamer(json: try await send("POST", "/v1/PlayerStreamers", parameters))
    }

    /// The PlayerStreamer `sid`, or `nil` when it does not exist.
    public func playerStreamer(_ sid: String) async throws -> PlayerStreamer? {
        do {
            return try PlayerStreamer(json: try await send("GET", "/v1/PlayerStreamers/\(PercentEncoding.encode(sid))"))
        } catch let error as TwilioAPIError where error.status == 404 {
            return nil
        }
    }

    /// Ends the PlayerStreamer `sid` (status `ended`); no playback grant can be issued for it after.
    @discardableResult
    public func endPlayerStreamer(_ sid: String) async throws -> PlayerStreamer {
        try PlayerStreamer(json: try await send("POST", "/v1/PlayerStreamers/\(PercentEncoding.encode(sid))", [("Status", "ended")]))
    }

    // MARK: - Fixtures

    /// Fills the services from a seed fixture such as the project's `emulator-seed.json`
    /// (PlayerStreamers with chosen SIDs and statuses, and Sync Documents), in the environment's
    /// Sync Service.
    ///
    /// Call it before the first request and before any other helper: a fixture describes a
    /// whole state, so it is applied only to an empty one.
    /// - Throws: ``FunctionTestError`` (`invalidSetup`) naming the fixture and the problem, when
    ///   the state already holds data, or SYNC_SERVICE_SID is not set.
    public func seed(from path: String) throws {
        guard let syncServiceSid else {
            throw FunctionTestError(.invalidSetup, "Cannot seed from \(path): the kit's environment sets no SYNC_SERVICE_SID for the fixture's documents.")
        }
        let applied: Bool
        do {
            applied = try emulator.store.seed(from: path, syncServiceSid: syncServiceSid, accountSid: emulator.credentials.accountSid)
        } catch {
            throw FunctionTestError(.invalidSetup, error.message)
        }
        guard applied else {
            throw FunctionTestError(
                .invalidSetup,
                "Cannot seed from \(path): the emulated state already holds data. Seed right after creating the kit, before any request or helper call."
            )
        }
    }

    // MARK: - Isolation

    /// Everything the emulated services hold now, to ``restore(_:)`` later: arrange shared data
    /// once, snapshot it, and restore it at the start of each test.
    ///
    /// ```swift
    /// try kit.twilio.seed(from: "emulator-seed.json")
    /// let seeded = try kit.twilio.snapshot()
    /// // each test:
    /// try kit.twilio.restore(seeded)
    /// ```
    /// - Throws: ``FunctionTestError`` (`invalidSetup`) when the data cannot be read.
    public func snapshot() throws -> EmulatorSnapshot {
        do {
            return try emulator.store.snapshot(clock: emulator.clock)
        } catch {
            throw FunctionTestError(.invalidSetup, error.message)
        }
    }

    /// Puts back exactly what `snapshot` held, replacing everything created since.
    /// - Throws: ``FunctionTestError`` (`invalidSetup`) when the data cannot be written.
    public func restore(_ snapshot: EmulatorSnapshot) throws {
        do {
            try emulator.store.replace(with: snapshot)
        } catch {
            throw FunctionTestError(.invalidSetup, error.message)
        }
    }

    /// Deletes everything, leaving the services as a new kit's: the environment's Sync Service is
    /// created again on the next request.
    /// - Throws: ``FunctionTestError`` (`invalidSetup`) when the data cannot be written.
    public func reset() throws {
        try restore(EmulatorSnapshot())
    }

    /// Makes sure the environment's Sync and Verify Services exist, as `serve` does at start, so
    /// handlers and helpers can use them. A SID of the wrong shape is left for the handler to
    /// meet: a test may be about exactly that.
    func prepare() {
        if let syncServiceSid {
            _ = try? emulator.store.ensureSyncService(syncServiceSid, accountSid: emulator.credentials.accountSid)
        }
        if let verifyServiceSid {
            _ = try? emulator.store.ensureVerifyService(verifyServiceSid, accountSid: emulator.credentials.accountSid)
        }
    }

    // MARK: - Requests

    private var documentsPath: String {
        "/v1/Services/\(PercentEncoding.encode(syncServiceSid ?? "default"))/Documents"
    }

    private func documentPath(_ name: String) -> String {
        documentsPath + "/" + PercentEncoding.encode(name)
    }

    /// Sends one request to the REST router and returns the resource, or throws Twilio's error.
    func send(_ method: String, _ path: String, _ parameters: [(String, String)] = []) async throws -> JSONObject {
        prepare()
        let response = await emulator.handle(method: method, path: path, parameters: parameters)
        guard (200..<300).contains(response.status) else {
            let body = response.json
            throw TwilioAPIError(
                kind: .rest,
                status: response.status,
                code: body?["code"]?.intValue ?? response.status,
                message: body?["message"]?.stringValue ?? "HTTP \(response.status): \(response.bodyText)",
                moreInfo: body?["more_info"]?.stringValue,
                method: method,
                url: path
            )
        }
        return response.json?.objectValue ?? JSONObject()
    }
}
