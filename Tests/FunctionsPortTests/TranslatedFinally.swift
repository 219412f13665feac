import FunctionsJS

/// `functions/finally.js`, ported to Swift.
///
/// ```js
/// // The usual async handler: return the callback from try and catch, log in finally.
/// exports.handler = async (context, event, callback) => {
///   const steps = [];
///   try {
///     steps.push('try');
///     if (event.fail === 'yes') {
///       throw new Error('asked to fail');
///     }
///     const result = { ok: true, steps: steps.join(',') };
///     return callback(null, result);
///   } catch (error) {
///     steps.push('catch');
///     return callback(error.message);
///   } finally {
///     steps.push('finally');
///     console.log('done:', steps.join(','));
///   }
/// };
/// ```
@Sendable func finally(_ js: JSModule) async throws {
    let exports = js.exports
    let Error_ = js.Error
    let console = js.console
    // The usual async handler: return the callback from try and catch, log in finally.
    exports.handler = JSValue.asyncFunction("handler", parameters: 3) { _, arguments in
        let event = arguments[1], callback = arguments[2]
        let steps = JSValue.array([])
        var returned: JSValue? = nil
        var pendingError: (any Swift.Error)? = nil
        do {
            attempt: do {
                try await steps.push("try")
                if (event.fail === "yes").isTruthy {
                    throw JSThrow(try await Error_.new("asked to fail"))
                }
                let result: JSValue = try await ["ok": true, "steps": steps.join(",")]
                returned = try await callback(nil, result)
                break attempt
            } catch let thrown {
                let error = JSValue(caught: thrown)
                try await steps.push("catch")
                returned = try await callback(error.message)
                break attempt
            }
        } catch {
            pendingError = error
        }
        do {
            try await steps.push("finally")
            try await console.log("done:", steps.join(","))
        }
        if let pendingError { throw pendingError }
        if let returned {
            return returned
        }
        return .undefined
    }
}
