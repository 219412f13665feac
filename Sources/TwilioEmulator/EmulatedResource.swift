import TwilioWire

/// A resource the emulator keeps: the state file holds the resource's own fields, and requests are
/// answered with Twilio's JSON, which adds the URLs of where the emulator is served.
protocol EmulatedResource: Sendable {
    /// The fields kept in the state file, in the resource's field order, without the URLs.
    var stored: JSONObject { get }

    /// The resource JSON: the ``stored`` fields with the URLs at their places in Twilio's order.
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue
}
