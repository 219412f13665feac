import GRDB
import TwilioWire

extension TwilioEmulator {
    /// `POST /v2/Services/{ServiceSid}/Verifications`: `To` and `Channel` (required), `CustomCode`
    /// (when the service allows it), `Amount`, `Payee` → 201 `pending`.
    ///
    /// While a verification to the same `To` is pending, Twilio sends its code again rather than
    /// starting another: the answer is that verification, with one more send attempt, and after
    /// five sends a 429 (60203).
    func createVerification(service serviceSid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        guard let channel = parameters["Channel"] else {
            throw .verifyParameter("Channel", "required; one of \(Verification.channels.joined(separator: ", "))")
        }
        guard Verification.channels.contains(channel) else {
            throw .verifyParameter("Channel", "must be one of \(Verification.channels.joined(separator: ", ")), got \"\(RequestParameters.excerpt(channel))\"")
        }
        guard let sent = parameters["To"] else { throw .verifyParameter("To", "required: the phone number (E.164) or email address to verify") }
        let to = try Self.verificationAddress(sent, channel: channel)
        let customCode = parameters["CustomCode"]
        if let customCode, let problem = Self.verificationCodeProblem(customCode) { throw .verifyParameter("CustomCode", problem) }
        let fixedCode = verificationCode
        let now = now
        let accountSid = credentials.accountSid
        let verification = try await store.write(now: now) { access in
            guard let service = try access.resource(VerifyService.self, sid: serviceSid) else { throw EmulatorError.notFound(resource) }
            if customCode != nil, !service.customCodeEnabled {
                throw EmulatorError.verifyParameter("CustomCode", "custom codes are not enabled for \(serviceSid); update it with CustomCodeEnabled=true")
            }
            if var pending = try access.resource(Verification.self, parent: serviceSid, uniqueName: to) {
                if pending.status(at: now) == "pending" {
                    guard pending.sendAttempts.count < Verification.maximumSendAttempts else { throw EmulatorError.maxSendAttempts }
                    pending.recordSend(now: now)
                    try access.update(pending)
                    try Self.sendCode(of: pending, service: service, access, now: now)
                    return pending
                }
                // Ten minutes old: it gives its place to the new one.
                pending.status = "expired"
                try access.update(pending)
            }
            let code = customCode ?? fixedCode ?? Self.randomCode(length: service.codeLength)
            var verification = Verification(
                sid: SID.make(SID.verification), serviceSid: serviceSid, accountSid: accountSid, to: to, channel: channel, code: code, now: now
            )
            verification.amount = parameters["Amount"]
            verification.payee = parameters["Payee"]
            try access.insert(verification)
            try Self.sendCode(of: verification, service: service, access, now: now)
            return verification
        }
        return .json(verification.resource(publicBaseURLs, at: now), status: 201)
    }

    /// `GET /v2/Services/{ServiceSid}/Verifications/{Sid}`: its status now (`expired` after ten minutes).
    func fetchVerification(service serviceSid: String, sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        let verification = try await found(resource) { access in try access.resource(Verification.self, sid: sid, parent: serviceSid) }
        return .json(verification.resource(publicBaseURLs, at: now))
    }

    /// `POST /v2/Services/{ServiceSid}/Verifications/{Sid}`: `Status` `canceled` or `approved`, for
    /// a pending verification only.
    func updateVerification(service serviceSid: String, sid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        guard let status = parameters["Status"] else { throw .verifyParameter("Status", "required: canceled or approved") }
        guard status == "canceled" || status == "approved" else {
            throw .verifyParameter("Status", "must be canceled or approved, got \"\(RequestParameters.excerpt(status))\"")
        }
        let now = now
        let verification = try await store.write(now: now) { access in
            guard var verification = try access.resource(Verification.self, sid: sid, parent: serviceSid),
                verification.status(at: now) == "pending"
            else { throw EmulatorError.notFound(resource) }
            verification.status = status
            verification.dateUpdated = now
            try access.update(verification)
            return verification
        }
        return .json(verification.resource(publicBaseURLs, at: now))
    }

    /// `POST /v2/Services/{ServiceSid}/VerificationCheck`: `Code` and `To` or `VerificationSid`.
    /// The right code approves the pending verification; a wrong one counts, and the fifth wrong
    /// one ends it (`max_attempts_reached`; 429, 60202, after that). A verification that is not
    /// pending is a 404, as Twilio answers.
    func checkVerification(service serviceSid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        guard let code = parameters["Code"] else { throw .verifyParameter("Code", "required: the code the user received") }
        let verificationSid = parameters["VerificationSid"]
        // Found as it was stored: an email address as given, a phone number in E.164.
        let to = parameters["To"].map { to in PhoneNumber(to).isValid ? PhoneNumber(to).e164 ?? to : to }
        guard verificationSid != nil || to != nil else {
            throw .verifyParameter("To", "a check needs To or VerificationSid to say which verification it is for")
        }
        let now = now
        let verification = try await store.write(now: now) { access in
            guard try access.resource(VerifyService.self, sid: serviceSid) != nil else { throw EmulatorError.notFound(resource) }
            var found: Verification?
            if let verificationSid {
                found = try access.resource(Verification.self, sid: verificationSid, parent: serviceSid)
            } else if let to {
                found = try access.resource(Verification.self, parent: serviceSid, uniqueName: to)
                // One that ran out of checks gave up its place; still within its ten minutes, it answers 60202.
                if found == nil, let spent = try access.page(
                    Verification.self, parent: serviceSid,
                    filter: StoreAccess.ListFilter(sql: "json_extract(body, '$.to') = ? AND json_extract(body, '$.status') = 'max_attempts_reached'", arguments: [to]),
                    orderBy: "position DESC", PageRequest(RequestParameters([("PageSize", "1")]), maximumPageSize: 1)
                ).items.first, now < spent.dateCreated.adding(Verification.lifetime) {
                    throw EmulatorError.maxCheckAttempts
                }
            }
            guard var verification = found else { throw EmulatorError.notFound(resource) }
            if verification.status == "max_attempts_reached" { throw EmulatorError.maxCheckAttempts }
            guard verification.status(at: now) == "pending" else { throw EmulatorError.notFound(resource) }
            if Self.sameCode(code, verification.code) {
                verification.status = "approved"
            } else {
                verification.checkAttempts += 1
                if verification.checkAttempts >= Verification.maximumCheckAttempts { verification.status = "max_attempts_reached" }
            }
            verification.dateUpdated = now
            try access.update(verification)
            return verification
        }
        return .json(verification.checkResource(at: now))
    }

    /// `GET /_emulator/VerifyCodes`: the latest 100 verifications of every service with their
    /// codes, newest first, for the console, the CLI and tests. Not a Twilio API.
    func verificationCodes() async throws(EmulatorError) -> EmulatorResponse {
        let now = now
        let verifications = try await store.read(now: now) { access in try access.latest(Verification.self, limit: 100) }
        return .json([
            "verifications": .array(verifications.map { verification in
                [
                    "sid": .string(verification.sid),
                    "service_sid": .string(verification.serviceSid),
                    "to": .string(verification.to),
                    "channel": .string(verification.channel),
                    "code": .string(verification.code),
                    "status": .string(verification.status(at: now)),
                    "date_created": .string(verification.dateCreated.iso8601),
                ]
            })
        ])
    }

    /// Puts an `sms` verification's code in the Messages outbox, from the account's first number,
    /// as Twilio texts it: the message moves to `delivered` like any other.
    private static func sendCode(of verification: Verification, service: VerifyService, _ access: StoreAccess, now: Timestamp) throws {
        guard verification.channel == "sms" else { return }
        let message = Message(
            sid: SID.make(SID.smsMessage), accountSid: verification.accountSid, to: verification.to,
            from: try access.all(IncomingPhoneNumber.self).first?.phoneNumber,
            body: "Your \(service.friendlyName) verification code is: \(verification.code)", direction: "outbound-api", status: "queued", now: now
        )
        try access.insert(message)
    }

    /// `To` as the channel needs it: an email address for `email`, a valid phone number (written
    /// back in E.164) otherwise.
    static func verificationAddress(_ to: String, channel: String) throws(EmulatorError) -> String {
        if channel == "email" {
            let parts = to.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), to.count <= 320, !to.contains(" ") else {
                throw .verifyParameter("To", "\"\(RequestParameters.excerpt(to))\" is not an email address")
            }
            return to
        }
        let number = PhoneNumber(to)
        guard number.isValid, let e164 = number.e164 else {
            let why = number.problems.map(\.rawValue).joined(separator: ", ")
            throw .verifyParameter("To", "\"\(RequestParameters.excerpt(to))\" is not a valid phone number (\(why)); use E.164, e.g. +14155552671")
        }
        return e164
    }

    /// Why `code` cannot be a verification code (4 to 10 digits), or `nil` when it can.
    public static func verificationCodeProblem(_ code: String) -> String? {
        guard VerifyService.codeLengths.contains(code.utf8.count), code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return "a code is 4 to 10 digits, got \"\(RequestParameters.excerpt(code))\""
        }
        return nil
    }

    /// `length` random digits.
    static func randomCode(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    }

    /// Compares two codes in time that depends only on their lengths.
    static func sameCode(_ given: String, _ expected: String) -> Bool {
        let given = Array(given.utf8), expected = Array(expected.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
