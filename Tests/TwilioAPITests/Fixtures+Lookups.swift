import TwilioAPI
import TwilioWire

/// Lookups v2's `LookupResponse` as the examples of Twilio's OpenAPI description
/// (`twilio_lookups_v2.json`) show it.
extension Fixtures {

    /// The `fetch` example: basic validation only, every package `null`.
    static let phoneNumberLookup = """
        {
          "calling_country_code": "1",
          "country_code": "US",
          "phone_number": "+14159929960",
          "national_format": "(415) 992-9960",
          "valid": true,
          "validation_errors": null,
          "caller_name": null,
          "sim_swap": null,
          "call_forwarding": null,
          "line_status": null,
          "line_type_intelligence": null,
          "identity_match": null,
          "reassigned_number": null,
          "sms_pumping_risk": null,
          "phone_number_quality_score": null,
          "pre_fill": null,
          "url": "https://lookups.twilio.com/v2/PhoneNumbers/+14159929960"
        }
        """

    /// The `fetchInvalid` example: a number one digit too long.
    static let invalidPhoneNumberLookup = """
        {
          "calling_country_code": null,
          "country_code": null,
          "phone_number": "+141599299600",
          "national_format": null,
          "valid": false,
          "validation_errors": [
            "TOO_LONG"
          ],
          "caller_name": null,
          "sim_swap": null,
          "call_forwarding": null,
          "line_status": null,
          "line_type_intelligence": null,
          "identity_match": null,
          "reassigned_number": null,
          "sms_pumping_risk": null,
          "phone_number_quality_score": null,
          "pre_fill": null,
          "url": "https://lookups.twilio.com/v2/PhoneNumbers/+141599299600"
        }
        """

    /// The `fetch` example with every data package filled in, each copied from the example that
    /// returns it (`fetchCallerName`, `fetchSimSwap`, … `fetchPreFill`).
    static let everyPackageLookup = """
        {
          "calling_country_code": "1",
          "country_code": "US",
          "phone_number": "+14159929960",
          "national_format": "(415) 992-9960",
          "valid": true,
          "validation_errors": [],
          "caller_name": {
            "caller_name": "Sergio Suarez",
            "caller_type": "CONSUMER",
            "error_code": null
          },
          "sim_swap": {
            "last_sim_swap": {
              "last_sim_swap_date": "2020-04-27T10:18:50Z",
              "swapped_period": "PT48H",
              "swapped_in_period": true
            },
            "carrier_name": "Vodafone UK",
            "mobile_country_code": "276",
            "mobile_network_code": "02",
            "error_code": null
          },
          "call_forwarding": {
            "call_forwarding_enabled": true,
            "error_code": null
          },
          "line_status": {
            "status": "active",
            "error_code": null
          },
          "line_type_intelligence": {
            "error_code": null,
            "mobile_country_code": "240",
            "mobile_network_code": "38",
            "carrier_name": "Twilio - SMS/MMS-SVR",
            "type": "nonFixedVoip"
          },
          "identity_match": {
            "first_name_match": "exact_match",
            "last_name_match": "high_partial_match",
            "address_lines_match": "no_match",
            "city_match": "no_match",
            "state_match": "high_partial_match",
            "postal_code_match": "no_data_available",
            "address_country_match": "exact_match",
            "national_id_match": "exact_match",
            "date_of_birth_match": "exact_match",
            "summary_score": 90,
            "error_code": null,
            "error_message": null
          },
          "reassigned_number": {
            "last_verified_date": "2020-12-27",
            "is_number_reassigned": "yes",
            "error_code": null
          },
          "sms_pumping_risk": {
            "carrier_risk_category": "moderate",
            "number_blocked": false,
            "number_blocked_date": null,
            "number_blocked_last_3_months": null,
            "sms_pumping_risk_score": 61,
            "error_code": null
          },
          "phone_number_quality_score": {
            "carrier_risk_score": 17,
            "carrier_risk_category": "low",
            "disposable_phone_risk_score": 13,
            "disposable_phone_risk_category": "low",
            "quality_score": 0,
            "quality_category": "low",
            "velocity_risk_score": 0,
            "velocity_risk_category": "low",
            "error_code": null
          },
          "pre_fill": {
            "first_name": "John",
            "last_name": "Doe",
            "address_line": "321 Main Street",
            "country_code": "US",
            "state": "WA",
            "postal_code": "98117",
            "error_code": null
          },
          "url": "https://lookups.twilio.com/v2/PhoneNumbers/+14159929960"
        }
        """
}
