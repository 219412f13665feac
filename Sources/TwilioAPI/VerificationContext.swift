/// One Verification, as `client.verify.services(serviceSid).verifications(sid)`.
///
/// ```swift
/// let verification = client.verify.services("VA…").verifications("VE…")
/// let current = try await verification.fetch()
/// try await verification.update(status: "approved")   // approve without a code
/// ```
public struct VerificationContext: Sendable {
    let client: TwilioClient
    /// The Verify Service SID (`VA…`).
    public let serviceSid: String
    /// The verification SID (`VE…`).
    public let sid: String

    private var segments: [String] { ["v2", "Services", serviceSid, "Verifications", sid] }

    /// Fetches the verification: `GET /v2/Services/{ServiceSid}/Verifications/{Sid}`.
    /// - Returns: The verification.
    /// - Throws: ``TwilioAPIError``, with status 404 (code 20404) when there is no such
    ///   verification, or it is no longer pending.
    public func fetch() async throws -> Verification {
        try await client.resource(client.request("GET", .verify, segments), Verification.init(json:))
    }

    /// Approves or cancels the verification: `POST /v2/Services/{ServiceSid}/Verifications/{Sid}`.
    /// - Parameter status: `canceled` or `approved`.
    /// - Returns: The updated verification.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(status: String) async throws -> Verification {
        let request = try client.request("POST", .verify, segments, form: [("Status", status)])
        return try await client.resource(request, Verification.init(json:))
    }
}
