import TwilioAPI
import TwilioWire

/// Identifiers, credentials and Twilio's example resources (spec §3, §4, §5).
enum Fixtures {
    static let accountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let apiKey = "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let apiSecret = "api-secret-0123456789abcdef"
    static let authToken = "auth-token-fedcba9876543210"
    static let serviceSid = "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let documentSid = "ETaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let playerStreamerSid = "VJcafebabecafebabecafebabecafebabe"

    /// base64("SK…:api-secret-…") and base64("AC…:auth-token-…"), computed outside Swift.
    static let apiKeyAuthorization = "Basic U0thYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTphcGktc2VjcmV0LTAxMjM0NTY3ODlhYmNkZWY="
    static let authTokenAuthorization = "Basic QUNhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTphdXRoLXRva2VuLWZlZGNiYTk4NzY1NDMyMTA="

    /// 2015-07-30T20:00:00Z and 2015-07-30T21:00:00Z as Unix seconds.
    static let july30At20 = 1_438_286_400.0
    static let july30At21 = 1_438_290_000.0

    static func client(_ transport: any TwilioTransport, endpoints: TwilioEndpoints = .twilio) -> TwilioClient {
        TwilioClient(credentials: .apiKey(apiKey, secret: apiSecret, accountSid: accountSid), endpoints: endpoints, transport: transport)
    }

    static let document = """
        {
          "sid": "ETaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "unique_name": "unique_name",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "url": "https://sync.twilio.com/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Documents/ETaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "links": {"permissions": "https://sync.twilio.com/v1/Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Documents/ETaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Permissions"},
          "revision": "revision",
          "data": {},
          "date_expires": "2015-07-30T21:00:00Z",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "created_by": "created_by"
        }
        """

    /// The `streaming_info` document the Live seed reads.
    static let streamingInfo = """
        {"sid": "ETaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "unique_name": "streaming_info", \
        "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", \
        "revision": "0", "data": {"playerStreamerSid": "VJcafebabecafebabecafebabecafebabe"}, \
        "date_expires": null, "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z", \
        "created_by": "system"}
        """

    static let playerStreamer = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "status": "created",
          "video": true,
          "sid": "VJcafebabecafebabecafebabecafebabe",
          "status_callback": "http://www.example.com",
          "status_callback_method": "POST",
          "ended_reason": null,
          "url": "https://media.twilio.com/v1/PlayerStreamers/VJcafebabecafebabecafebabecafebabe",
          "max_duration": 300,
          "links": {
            "timed_metadata": "https://media.twilio.com/v1/PlayerStreamers/VJcafebabecafebabecafebabecafebabe/TimedMetadata",
            "playback_grant": "https://media.twilio.com/v1/PlayerStreamers/VJcafebabecafebabecafebabecafebabe/PlaybackGrant"
          }
        }
        """

    /// The grant object of the playback grant example, byte for byte as it appears in the body.
    static let grant = #"{"playbackUrl":"http://video.net/123/blabla?token=123","playerStreamerSid":"VJcafebabecafebabecafebabecafebabe","requestCredentials":null}"#

    static func playbackGrant(grant: String = grant) -> String {
        """
        {
          "sid": "VJcafebabecafebabecafebabecafebabe",
          "url": "https://media.twilio.com/v1/PlayerStreamers/VJcafebabecafebabecafebabecafebabe/PlaybackGrant",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "date_created": "2015-07-30T20:00:00Z",
          "grant": \(grant)
        }
        """
    }

    static let notFound = """
        {"code": 20404, "message": "The requested resource /Services/ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Documents/foo was not found", \
        "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}
        """
}
