extension EmulatorError {
    /// A 400 of the Messages API with Twilio's own code, e.g. 21211 for an invalid `To`.
    static func messaging(_ code: Int, _ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: code, message: message)
    }
}
