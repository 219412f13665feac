import TwilioAPI

/// Where the Twilio clients of a project's handlers send their requests: the local emulator
/// (in process), or Twilio itself.
public struct TwilioConnection: Sendable {
    /// The base URL of each Twilio product.
    public var endpoints: TwilioEndpoints
    /// How requests travel.
    public var transport: any TwilioTransport

    /// A connection over `transport` to `endpoints`.
    public init(endpoints: TwilioEndpoints, transport: any TwilioTransport) {
        self.endpoints = endpoints
        self.transport = transport
    }

    /// Twilio's real API over HTTPS.
    public static var twilio: TwilioConnection {
        TwilioConnection(endpoints: .twilio, transport: HTTPClientTransport())
    }
}

extension FunctionContext {
    /// `context.getTwilioClient()`: a client authenticated with ACCOUNT_SID and AUTH_TOKEN, or with
    /// API_KEY and API_SECRET when there is no AUTH_TOKEN.
    ///
    /// ```swift
    /// let client = try context.getTwilioClient()
    /// let document = try await client.sync.services(try context.SYNC_SERVICE_SID).documents("streaming_info").fetch()
    /// ```
    /// - Throws: ``FunctionsError`` naming the missing keys, or saying that no Twilio connection is set up.
    public func getTwilioClient() throws(FunctionsError) -> TwilioClient {
        let accountSid = try require("ACCOUNT_SID")
        if let authToken = self["AUTH_TOKEN"], !authToken.isEmpty {
            return try twilioClient(accountSid, authToken, accountSid: accountSid)
        }
        guard let apiKey = self["API_KEY"], let apiSecret = self["API_SECRET"], !apiKey.isEmpty, !apiSecret.isEmpty else {
            throw FunctionsError(
                .missingEnvironmentValue,
                "getTwilioClient() needs AUTH_TOKEN, or API_KEY and API_SECRET, in \(environmentFile). Add them to that file."
            )
        }
        return try twilioClient(apiKey, apiSecret, accountSid: accountSid)
    }

    /// `Runtime.getSync({serviceName})`: a Sync Service of ``getTwilioClient()``'s client.
    ///
    /// The service is `serviceName` when given (a SID `IS…` or `default`), else SYNC_SERVICE_SID
    /// when the environment sets it to a non-empty value, else `default`, the account's default
    /// service. An empty `serviceName` counts as none.
    ///
    /// ```swift
    /// // const syncService = Runtime.getSync();
    /// // const map = await syncService.syncMaps('players').fetch();
    /// let syncService = try context.getSync()
    /// let map = try await syncService.syncMaps("players").fetch()
    /// let other = try context.getSync(serviceName: "ISxxxx")
    /// ```
    /// - Parameter serviceName: The Sync Service SID or `default`; SYNC_SERVICE_SID or `default` when `nil`.
    /// - Returns: The service, `client.sync.services(name)`; nothing is requested until it is used.
    /// - Throws: ``FunctionsError`` as ``getTwilioClient()`` does: missing credentials, or no Twilio connection.
    public func getSync(serviceName: String? = nil) throws(FunctionsError) -> SyncServiceContext {
        let client = try getTwilioClient()
        let name: String =
            if let serviceName, !serviceName.isEmpty {
                serviceName
            } else if let configured = self["SYNC_SERVICE_SID"], !configured.isEmpty {
                configured
            } else {
                "default"
            }
        return client.sync.services(name)
    }

    /// A client for these credentials, as `require('twilio')(API_KEY, API_SECRET, {accountSid})`
    /// makes one in JavaScript; it talks to the same services as ``getTwilioClient()``.
    /// - Throws: ``FunctionsError`` when the context has no Twilio connection (made outside a server).
    public func twilioClient(_ username: String, _ password: String, accountSid: String? = nil) throws(FunctionsError) -> TwilioClient {
        guard let connection = twilioConnection else {
            throw FunctionsError(
                .missingEnvironmentValue,
                "This context has no Twilio connection: create it with one (FunctionContext(environment:twilio:)), or run the handler through the server or FunctionsTesting."
            )
        }
        return TwilioClient(username, password, accountSid: accountSid, endpoints: connection.endpoints, transport: connection.transport)
    }
}
