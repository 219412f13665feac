import FunctionsJS

/// `functions/counters.js`, ported to Swift.
///
/// ```js
/// // Closures made in a `for (let …)` loop see that iteration's value.
/// exports.handler = (context, event, callback) => {
///   const captured = [];
///   for (let i = 0; i < 3; i++) captured.push(() => i);
///   const skipped = [];
///   for (let j = 0; j < 6; j++) {
///     skipped.push(() => j);
///     j++;
///   }
///   callback(null, { captured: captured.map((f) => f()), skipped: skipped.map((f) => f()) });
/// };
/// ```
@Sendable func counters(_ js: JSModule) async throws {
    let exports = js.exports
    // Closures made in a `for (let …)` loop see that iteration's value.
    exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let callback = arguments[2]
        let captured = JSValue.array([])
        do {
            var i: JSValue = 0
            while (i < 3).isTruthy {
                let i2 = i
                try await captured.push(JSValue.function("", parameters: 0) { _, arguments in
                    return i2
                })
                i = i + 1
            }
        }
        let skipped = JSValue.array([])
        do {
            var j: JSValue = 0
            while (j < 6).isTruthy {
                var j2 = j
                try await skipped.push(JSValue.function("", parameters: 0) { _, arguments in
                    return j2
                })
                j2 = j2 + 1
                j = j2
                j = j + 1
            }
        }
        try await callback(nil, [
            "captured": captured.map(JSValue.function("", parameters: 1) { _, arguments in
                let f = arguments[0]
                return try await f()
            }),
            "skipped": skipped.map(JSValue.function("", parameters: 1) { _, arguments in
                let f = arguments[0]
                return try await f()
            }),
        ])
        return .undefined
    }
}
