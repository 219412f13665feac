import TwilioAPI
import TwilioWire

/// Verify v2's resources as the examples of Twilio's OpenAPI description (`twilio_verify_v2.json`)
/// show them, copied unchanged.
extension Fixtures {
    static let verifyServiceSid = "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let verificationSid = "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let verifyServicesURL = "https://verify.twilio.com/v2/Services"
    static let verifyServiceURL = "\(verifyServicesURL)/\(verifyServiceSid)"

    /// 2020-01-30T20:00:00Z as Unix seconds.
    static let january30At20 = 1_580_414_400.0

    /// The `createRecord` example of CreateService: every setting given, `push`, `totp`, `whatsapp`
    /// and `passkeys` filled in.
    static let verifyService = """
        {
          "sid": "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "friendly_name": "name",
          "code_length": 4,
          "lookup_enabled": false,
          "psd2_enabled": false,
          "skip_sms_to_landlines": false,
          "dtmf_input_required": false,
          "tts_name": "name",
          "do_not_share_warning_enabled": false,
          "custom_code_enabled": true,
          "push": {
            "include_date": false,
            "apn_credential_sid": "CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "fcm_credential_sid": null
          },
          "totp": {
            "issuer": "test-issuer",
            "time_step": 30,
            "code_length": 3,
            "skew": 2
          },
          "whatsapp": {
            "msg_service_sid": "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "from": "whatsapp:+1234567890"
          },
          "passkeys": {
            "relying_party": {
              "id": "www.mydomain.com",
              "name": "My domain",
              "origins": [
                "www.mydomain.com",
                "www.login.mydomain.com"
              ]
            },
            "authenticator_attachment": "",
            "discoverable_credentials": null,
            "user_verification": "discouraged"
          },
          "default_template_sid": "HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "verify_event_subscription_enabled": false,
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "url": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "links": {
            "verification_checks": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/VerificationCheck",
            "verifications": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Verifications",
            "rate_limits": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/RateLimits",
            "messaging_configurations": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/MessagingConfigurations",
            "entities": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Entities",
            "webhooks": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Webhooks",
            "access_tokens": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/AccessTokens"
          }
        }
        """

    /// The `createVerification` example: a pending SMS verification with one send attempt.
    static let verification = """
        {
          "sid": "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "to": "+15017122661",
          "channel": "sms",
          "status": "pending",
          "valid": false,
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "lookup": {},
          "amount": null,
          "payee": null,
          "send_code_attempts": [
            {
              "time": "2015-07-30T20:00:00Z",
              "channel": "SMS",
              "attempt_sid": "VLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            }
          ],
          "sna": null,
          "url": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Verifications/VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        }
        """

    /// The `createVerificationSna` example: a carrier lookup and the `sna` URL (481 characters,
    /// split over lines with `\` continuations).
    static let snaVerification = """
        {
          "sid": "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "to": "+15017122661",
          "channel": "sna",
          "status": "pending",
          "valid": false,
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "lookup": {
            "carrier": {
              "mobile_country_code": "311",
              "type": "mobile",
              "error_code": null,
              "mobile_network_code": "180",
              "name": "T-Mobile USA, Inc."
            }
          },
          "amount": null,
          "payee": null,
          "send_code_attempts": [
            {
              "time": "2015-07-30T20:00:00Z",
              "channel": "sna",
              "attempt_sid": "VLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            }
          ],
          "sna": {
            "url": "https://mi.dnlsrv.com/m/id/ANBByzx7?data=AAAglRRdNn02iTFWfDWwdTjOzM8o%2F6JB86fH%2Bt%2FFftU\
        Pj0pFA0u8%2FibWuYwzmMeMOtdTwYlsO8V%2FXF%2BJmngMhbeGKYhHeTOF2H9VrGEYKcEEklPxHgb5GgL3XtYa33j3lIU%2By6InvoV%2FowW\
        HBzA0QeFPBh6vmJ8LoUPJqGE7q0PRz618Z4ym1AGq%2BaomSq9PlP4rCduv9Cmtxu%2FrvPSBwocs0GCWDE8seK8t9epmPQW7gwODxkAiKr9Ux\
        hJd9KvmBVuAQPf%2BoFQVo86USXkhXqTvUzB2bNUYY9FCy3CWgZFTOa1D3H1CVxf1eHzYIswNA7SmOzP%2FBX8g6%2B0hkzwMRkcit3gBNs4ev\
        AVJiqAgYvUlrtGwwv9bFx4X7jWSHY4%3D&cipherSalt=yANeDq09bwM38SJs"
          },
          "url": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Verifications/VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        }
        """

    /// The `updateVerification` example.
    static let canceledVerification = """
        {
          "sid": "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "to": "+15017122661",
          "channel": "sms",
          "status": "canceled",
          "valid": false,
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "lookup": {},
          "amount": null,
          "payee": null,
          "send_code_attempts": [
            {
              "time": "2015-07-30T20:00:00Z",
              "channel": "SMS",
              "attempt_sid": "VLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            }
          ],
          "sna": null,
          "url": "https://verify.twilio.com/v2/Services/VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Verifications/VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        }
        """

    /// The `verificationChecks200` example of CreateVerificationCheck: answered with 200.
    static let verificationCheck = """
        {
          "sid": "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "to": "+15017122661",
          "channel": "sms",
          "status": "approved",
          "valid": true,
          "amount": null,
          "payee": null,
          "sna_attempts_error_codes": [],
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z"
        }
        """

    /// The `emailVerificationChecks` example.
    static let emailVerificationCheck = """
        {
          "sid": "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "to": "recipient@foo.com",
          "channel": "email",
          "status": "approved",
          "valid": true,
          "amount": null,
          "payee": null,
          "sna_attempts_error_codes": [],
          "date_created": "2020-01-30T20:00:00Z",
          "date_updated": "2020-01-30T20:00:00Z"
        }
        """

    /// The `snaVerificationChecks` example: one `sna` attempt error.
    static let snaVerificationCheck = """
        {
          "sid": "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "VAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "to": "+15017122661",
          "channel": "sna",
          "status": "approved",
          "valid": true,
          "amount": null,
          "payee": null,
          "sna_attempts_error_codes": [
            {
              "attempt_sid": "VLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
              "code": 60001
            }
          ],
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z"
        }
        """

    /// Twilio's answer to a verification whose `To` does not suit the channel.
    static let invalidParameter = """
        {"code": 60200, "message": "Invalid parameter: To", "more_info": "https://www.twilio.com/docs/errors/60200", "status": 400}
        """
}
