import TwilioEmulator
import TwilioWire

extension EmulatedTwilioState {
    /// A verification as the test kit shows it: Twilio's fields and the code that was sent.
    public struct SentVerification: Sendable, Equatable {
        /// The verification SID (`VE…`).
        public var sid: String
        /// The Verify Service SID (`VA…`).
        public var serviceSid: String
        /// The phone number (E.164) or email address the code went to.
        public var to: String
        /// `sms`, `call`, `email`, `whatsapp` or `sna`.
        public var channel: String
        /// The code the user would have received.
        public var code: String
        /// `pending`, `approved`, `canceled`, `max_attempts_reached` or `expired`.
        public var status: String
    }

    /// The latest verifications (up to 100) of every Verify Service, newest first, with their codes:
    /// what a user would have received by SMS, call or email.
    ///
    /// ```swift
    /// _ = await kit.post("/start-verify", form: ["to": "+14155552671"])
    /// let code = try await kit.twilio.verifications().first?.code
    /// let check = await kit.post("/check-verify", form: ["to": "+14155552671", "code": code ?? ""])
    /// ```
    public func verifications() async throws -> [SentVerification] {
        let body = try await send("GET", "/_emulator/VerifyCodes")
        return (body["verifications"]?.arrayValue ?? []).compactMap { entry in
            guard let sid = entry["sid"]?.stringValue, let serviceSid = entry["service_sid"]?.stringValue,
                let to = entry["to"]?.stringValue, let channel = entry["channel"]?.stringValue,
                let code = entry["code"]?.stringValue, let status = entry["status"]?.stringValue
            else { return nil }
            return SentVerification(sid: sid, serviceSid: serviceSid, to: to, channel: channel, code: code, status: status)
        }
    }

    /// The code of the latest pending verification to `to` (a phone number in E.164, or an email
    /// address), or `nil` when there is none.
    public func verificationCode(to: String) async throws -> String? {
        try await verifications().first { $0.to == to && $0.status == "pending" }?.code
    }

    /// Makes every verification started from now on get `code` (4 to 10 digits), or random codes
    /// again with `nil`. A `CustomCode` sent by a Function still wins.
    /// - Throws: ``FunctionTestError`` (`invalidSetup`) when `code` is not 4 to 10 digits.
    public func fixVerificationCodes(_ code: String?) throws {
        if let code, let problem = TwilioEmulator.verificationCodeProblem(code) {
            throw FunctionTestError(.invalidSetup, "fixVerificationCodes: \(problem).")
        }
        emulator.verificationCode = code
    }
}
