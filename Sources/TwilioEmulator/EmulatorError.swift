import TwilioWire

/// A failed request, as data: the HTTP status, Twilio's error code and a message naming the
/// parameter or resource at fault. It renders itself in Twilio's REST error shape:
///
/// ```json
/// {"code":20404,"message":"The requested resource /Services/IS…/Documents/foo was not found",
///  "more_info":"https://www.twilio.com/docs/errors/20404","status":404}
/// ```
struct EmulatorError: Error, Sendable, Equatable {
    /// The HTTP status.
    let status: Int
    /// The Twilio error code, e.g. 20404.
    let code: Int
    /// What went wrong.
    let message: String
    /// Headers the error needs, such as `Allow` on a 405.
    var headers: HeaderList = []

    static func == (lhs: EmulatorError, rhs: EmulatorError) -> Bool {
        lhs.status == rhs.status && lhs.code == rhs.code
    }

    /// The error as an ``EmulatorResponse``.
    var response: EmulatorResponse {
        let body: JSONValue = [
            "code": .int(code),
            "message": .string(message),
            "more_info": .string("https://www.twilio.com/docs/errors/\(code)"),
            "status": .int(status),
        ]
        var response = EmulatorResponse.json(body, status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}

extension EmulatorError {
    /// 401: no credentials, or not ones the emulator accepts.
    static let authenticate = EmulatorError(status: 401, code: 20003, message: "Authenticate")

    /// 404: `resource` is the path below `/v1`, e.g. `/Services/IS…/Documents/foo`.
    static func notFound(_ resource: String) -> EmulatorError {
        EmulatorError(status: 404, code: 20404, message: "The requested resource \(resource) was not found")
    }

    /// 405: the resource exists but does not answer `method`.
    static func methodNotAllowed(_ method: String, resource: String, allowed: [String]) -> EmulatorError {
        EmulatorError(
            status: 405,
            code: 20004,
            message: "Method not allowed: \(method) is not enabled for \(resource); use \(allowed.joined(separator: " or "))",
            headers: [("Allow", allowed.joined(separator: ", "))]
        )
    }

    /// 400: a request parameter has a value Twilio would refuse; `name` is its Twilio name.
    static func invalidParameter(_ name: String, _ reason: String) -> EmulatorError {
        EmulatorError(status: 400, code: 20001, message: "Invalid \(name): \(reason)")
    }

    /// 400: a parameter Twilio requires was not sent.
    static func missingParameter(_ name: String, code: Int = 20001, _ hint: String) -> EmulatorError {
        EmulatorError(status: 400, code: code, message: "Missing required parameter \(name): \(hint)")
    }

    /// 400: `Data` is not a JSON object; `code` is Twilio's for the object it was meant for
    /// (54101 for a Document).
    static func invalidData(_ reason: String, code: Int) -> EmulatorError {
        EmulatorError(status: 400, code: code, message: "Invalid Data: \(reason)")
    }

    /// 400: `Data` is larger than `holder` (e.g. `a Sync Document`) may hold.
    static func dataTooLarge(byteCount: Int, limit: Int, holder: String) -> EmulatorError {
        EmulatorError(
            status: 400,
            code: 54006,
            message: "Invalid Data: its JSON is \(byteCount) bytes; \(holder) holds at most \(limit) bytes"
        )
    }

    /// 400: `UniqueName` is too long, empty, or could be mistaken for a SID.
    static func invalidUniqueName(_ reason: String) -> EmulatorError {
        EmulatorError(status: 400, code: 54302, message: "Invalid UniqueName: \(reason)")
    }

    /// 409: another object of this type in the service already has this unique name.
    static func duplicateUniqueName(_ name: String, noun: String) -> EmulatorError {
        EmulatorError(status: 409, code: 54301, message: "Unique name already exists: another \(noun) of the service is named \(name)")
    }

    /// 400: a Map item `Key` is empty or longer than 256 characters.
    static func invalidMapKey(_ reason: String) -> EmulatorError {
        EmulatorError(status: 400, code: 54209, message: "Invalid Key: \(reason)")
    }

    /// 409: the Map already has an item with this key.
    static func duplicateMapKey(_ key: String) -> EmulatorError {
        EmulatorError(status: 409, code: 54208, message: "Map Item already exists: the Map has an item with the key \(key)")
    }

    /// 412: `If-Match` names a revision other than the current one.
    static let revisionMismatch = EmulatorError(
        status: 412,
        code: 54103,
        message: "The revision of the Document does not match the expected revision"
    )

    /// 412: `If-Match` names a revision other than the item's current one.
    static let itemRevisionMismatch = EmulatorError(
        status: 412,
        code: 54103,
        message: "The revision of the item does not match the expected revision (If-Match)"
    )

    /// 400 (60200): a Verify or Lookups parameter Twilio would refuse; `name` is its Twilio name.
    static func verifyParameter(_ name: String, _ reason: String) -> EmulatorError {
        EmulatorError(status: 400, code: 60200, message: "Invalid parameter `\(name)`: \(reason)")
    }

    /// 429 (60202): the verification was checked with a wrong code five times.
    static let maxCheckAttempts = EmulatorError(
        status: 429, code: 60202, message: "Max check attempts reached: the verification was checked with a wrong code 5 times; start a new one"
    )

    /// 429 (60203): the code was sent five times for one verification.
    static let maxSendAttempts = EmulatorError(
        status: 429, code: 60203, message: "Max send attempts reached: the code was sent 5 times for this verification; wait until it expires"
    )

    /// 400: a playback grant was asked for a PlayerStreamer that has ended or failed.
    static func playerStreamerEnded(_ sid: String, status: String) -> EmulatorError {
        EmulatorError(
            status: 400,
            code: 20001,
            message: "The PlayerStreamer \(sid) has ended (status \(status)); playback grants need one that has not ended"
        )
    }

    /// 500: the database could not be read; the request changed nothing.
    static func dataNotRead(_ reason: String) -> EmulatorError {
        EmulatorError(status: 500, code: 20500, message: "Internal server error: the emulator could not read its data (\(reason))")
    }

    /// 500: the change could not be committed (a full disk, a read-only file), so it was not made.
    static func stateNotSaved(_ reason: String) -> EmulatorError {
        EmulatorError(
            status: 500,
            code: 20500,
            message: "Internal server error: the emulator could not save the change (\(reason)); nothing was changed"
        )
    }
}
