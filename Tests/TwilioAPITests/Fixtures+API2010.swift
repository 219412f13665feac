import TwilioAPI
import TwilioWire

/// The 2010 API's resources (Messages, Calls, IncomingPhoneNumbers) as the examples of Twilio's
/// OpenAPI description (`twilio_api_v2010_messaging.json`) show them.
extension Fixtures {
    static let mmsSid = "MMc26223853f8c46b4ab7dfaa6abba0a26"
    static let callSid = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let phoneNumberSid = "PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let accountPath = "/2010-04-01/Accounts/\(accountSid)"
    static let accountURL = "https://api.twilio.com\(accountPath)"

    /// Fri, 24 May 2019 17:44:46 +0000 and the next dates of the examples, as Unix seconds
    /// (computed with Python's `email.utils.parsedate_to_datetime`).
    static let may24At174446 = 1_558_719_886.0
    static let may24At174449 = 1_558_719_889.0

    /// The second message of the `readFullPage1` example: inbound, with an error and media.
    static let message = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "api_version": "2010-04-01",
          "body": "look mom I have media!",
          "date_created": "Fri, 24 May 2019 17:44:46 +0000",
          "date_sent": "Fri, 24 May 2019 17:44:49 +0000",
          "date_updated": "Fri, 24 May 2019 17:44:49 +0000",
          "direction": "inbound",
          "error_code": 30004,
          "error_message": "Message blocked",
          "from": "+12019235161",
          "messaging_service_sid": "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "num_media": "3",
          "num_segments": "1",
          "price": "-0.00750",
          "price_unit": "USD",
          "sid": "MMc26223853f8c46b4ab7dfaa6abba0a26",
          "status": "received",
          "subresource_uris": {
            "media": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/MMc26223853f8c46b4ab7dfaa6abba0a26/Media.json",
            "feedback": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/MMc26223853f8c46b4ab7dfaa6abba0a26/Feedback.json"
          },
          "to": "+18182008801",
          "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/MMc26223853f8c46b4ab7dfaa6abba0a26.json"
        }
        """

    /// The `create` example: queued, with `price` and `price_unit` null.
    static let createdMessage = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "api_version": "2010-04-01", "body": "Hello! \\ud83d\\udc4d",
          "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": "Thu, 24 Aug 2023 05:01:45 +0000",
          "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api", "error_code": null,
          "error_message": null, "from": "+14155552345", "num_media": "0", "num_segments": "1", "price": null,
          "price_unit": null, "messaging_service_sid": "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "sid": "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "queued",
          "subresource_uris": {"media": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Media.json"},
          "to": "+14155552345",
          "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
        }
        """

    static let media = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "content_type": "image/jpeg",
          "date_created": "Sun, 16 Aug 2015 15:53:54 +0000",
          "date_updated": "Sun, 16 Aug 2015 15:53:55 +0000",
          "parent_sid": "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "sid": "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Media/MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
        }
        """

    static let feedback = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "date_created": "Thu, 30 Jul 2015 20:00:00 +0000",
          "date_updated": "Thu, 30 Jul 2015 20:00:00 +0000",
          "message_sid": "MMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "outcome": "confirmed",
          "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/MMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Feedback.json"
        }
        """

    /// The `fetch` example of a call.
    static let call = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "answered_by": "machine_start",
          "api_version": "2010-04-01",
          "caller_name": "callerid",
          "date_created": "Fri, 18 Oct 2019 17:00:00 +0000",
          "date_updated": "Fri, 18 Oct 2019 17:01:00 +0000",
          "direction": "outbound-api",
          "duration": "4",
          "end_time": "Fri, 18 Oct 2019 17:03:00 +0000",
          "forwarded_from": "calledvia",
          "from": "+13051416799",
          "from_formatted": "(305) 141-6799",
          "group_sid": "GPdeadbeefdeadbeefdeadbeefdeadbeef",
          "parent_call_sid": "CAdeadbeefdeadbeefdeadbeefdeadbeef",
          "phone_number_sid": "PNdeadbeefdeadbeefdeadbeefdeadbeef",
          "price": "-0.200",
          "price_unit": "USD",
          "sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "start_time": "Fri, 18 Oct 2019 17:02:00 +0000",
          "status": "completed",
          "subresource_uris": {
            "notifications": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Notifications.json",
            "recordings": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings.json"
          },
          "to": "+13051913581",
          "to_formatted": "(305) 191-3581",
          "trunk_sid": "TKdeadbeefdeadbeefdeadbeefdeadbeef",
          "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
          "queue_time": "1000"
        }
        """

    /// The `fetch` example of a phone number.
    static let incomingPhoneNumber = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "address_requirements": "none",
          "address_sid": "ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "api_version": "2010-04-01",
          "beta": false,
          "capabilities": {"voice": true, "sms": false, "mms": true, "fax": false},
          "date_created": "Thu, 30 Jul 2015 23:19:04 +0000",
          "date_updated": "Thu, 30 Jul 2015 23:19:04 +0000",
          "emergency_status": "Active",
          "emergency_address_sid": "ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "emergency_address_status": "registered",
          "friendly_name": "(808) 925-5327",
          "identity_sid": "RIaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "origin": "origin",
          "phone_number": "+18089255327",
          "sid": "PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "sms_application_sid": "",
          "sms_fallback_method": "POST",
          "sms_fallback_url": "",
          "sms_method": "POST",
          "sms_url": "",
          "status_callback": "",
          "status_callback_method": "POST",
          "trunk_sid": null,
          "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/IncomingPhoneNumbers/PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
          "voice_application_sid": "",
          "voice_caller_id_lookup": false,
          "voice_fallback_method": "POST",
          "voice_fallback_url": null,
          "voice_method": "POST",
          "voice_url": null,
          "voice_receive_mode": "voice",
          "status": "in-use",
          "bundle_sid": "BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "type": "local"
        }
        """

    /// Twilio's error for an invalid `To` number, in the 2010 API's legacy error body.
    static let invalidTo = """
        {"code": 21211, "message": "The 'To' number +1555 is not a valid phone number.", \
        "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}
        """

    /// A 2010 API page: the items under `key` beside the paging fields, `next_page_uri` a path.
    static func page2010(_ key: String, _ items: [String], uri: String, page: Int = 0, next: String? = nil) -> String {
        let nextPage = next.map { "\"\($0)\"" } ?? "null"
        return """
            {"\(key)": [\(items.joined(separator: ", "))], "end": \(max(items.count - 1, 0)), \
            "first_page_uri": "\(uri)?PageSize=\(items.count)&Page=0", "next_page_uri": \(nextPage), \
            "page": \(page), "page_size": \(items.count), "previous_page_uri": null, "start": 0, "uri": "\(uri)"}
            """
    }
}
