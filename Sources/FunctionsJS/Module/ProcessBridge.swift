import FunctionsRuntime

/// `process` (with `process.env`, the environment file's values, as twilio-run sets it) and the
/// timer functions the Swift port refuses.
enum ProcessBridge {
    /// `process` for one request.
    static func make(context: FunctionContext) -> JSValue {
        let env = JSObject()
        for (key, value) in context.environment.sorted(by: { $0.key < $1.key }) {
            env.set(key, .string(value))
        }
        return .object([("env", .object(env))])
    }

    /// A timer function that throws: the port runs every asynchronous step to its end at once, so
    /// nothing can run later.
    static func unsupported(_ name: String) -> JSValue {
        JSValue.function(name, parameters: 2) { _, _ in
            throw JSThrow.error(
                "Error",
                "\(name) is not supported in the Swift port: timers cannot run after the handler returns. Do the work directly, or await it."
            )
        }
    }
}
