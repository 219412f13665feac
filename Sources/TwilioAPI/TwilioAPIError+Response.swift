import TwilioWire

extension TwilioAPIError {
    /// The longest part of a non-JSON error body quoted in a message.
    static let excerptLength = 200

    /// The error for a response with an error status, read from Twilio's error body.
    ///
    /// Like twilio-python, a body that is not Twilio's JSON still gives an error: its code is the
    /// HTTP status and its message a short excerpt of the body.
    init(response: TwilioHTTPResponse, request: TwilioHTTPRequest) {
        let body = try? JSONParser.parse(response.body).objectValue
        if let body, body["code"] != nil || body["message"] != nil || body["title"] != nil {
            // `detail`/`title` come from RFC 9457 bodies, which newer Twilio APIs send.
            let message = body["message"]?.stringValue ?? body["detail"]?.stringValue ?? body["title"]?.stringValue
            self.init(
                kind: .rest,
                status: response.status,
                code: body["code"]?.intValue ?? response.status,
                message: message ?? "HTTP \(response.status)",
                moreInfo: body["more_info"]?.stringValue,
                details: body["details"]?.objectValue,
                method: request.method,
                url: request.url
            )
        } else {
            self.init(
                kind: .rest,
                status: response.status,
                code: response.status,
                message: Self.excerpt(response.body) ?? "HTTP \(response.status) with an empty body",
                method: request.method,
                url: request.url
            )
        }
    }

    /// The error for a transport that threw instead of answering.
    static func transport(_ underlying: any Error, request: TwilioHTTPRequest) -> TwilioAPIError {
        TwilioAPIError(
            kind: .transport,
            status: 0,
            code: 0,
            message: "could not reach \(request.url): \(underlying)",
            method: request.method,
            url: request.url
        )
    }

    /// A success body that is not the expected resource; ``bound(to:status:)`` adds the request.
    static func malformed(_ reason: String) -> TwilioAPIError {
        TwilioAPIError(kind: .malformedResponse, status: 0, code: 0, message: reason)
    }

    /// A call refused before it was sent.
    static func invalidRequest(_ reason: String, request: TwilioHTTPRequest) -> TwilioAPIError {
        TwilioAPIError(kind: .invalidRequest, status: 0, code: 0, message: reason, method: request.method, url: request.url)
    }

    /// This error with the request's method and URL, and `status` when it has none.
    func bound(to request: TwilioHTTPRequest, status: Int) -> TwilioAPIError {
        TwilioAPIError(
            kind: kind,
            status: self.status == 0 && kind != .transport ? status : self.status,
            code: code,
            message: message,
            moreInfo: moreInfo,
            details: details,
            method: method.isEmpty ? request.method : method,
            url: url.isEmpty ? request.url : url
        )
    }

    /// This error with every occurrence of `secrets` in its message replaced, so that a server or
    /// transport that echoes a credential cannot leak it into a log line.
    func redacting(_ secrets: [String]) -> TwilioAPIError {
        var message = message
        for secret in secrets where !secret.isEmpty {
            message = message.replacing(secret, with: "[redacted]")
        }
        return TwilioAPIError(
            kind: kind, status: status, code: code, message: message,
            moreInfo: moreInfo, details: details, method: method, url: url
        )
    }

    /// The start of `body` as one line of text, or `nil` when it is blank.
    static func excerpt(_ body: [UInt8]) -> String? {
        let text = String(decoding: body.prefix(excerptLength * 4), as: UTF8.self)
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        let line = words.joined(separator: " ")
        return line.count > excerptLength || body.count > excerptLength * 4
            ? String(line.prefix(excerptLength)) + "…"
            : line
    }
}
