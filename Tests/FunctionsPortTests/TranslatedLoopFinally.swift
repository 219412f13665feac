import FunctionsJS

/// `functions/loop-finally.js`, ported to Swift.
///
/// ```js
/// // break and continue leaving a try…finally run the finally block first.
/// exports.handler = (context, event, callback) => {
///   const log = [];
///   for (let i = 0; i < 5; i++) {
///     try {
///       if (i === 1) continue;
///       if (i === 3) break;
///       log.push(`body ${i}`);
///     } finally {
///       log.push(`finally ${i}`);
///     }
///   }
///   callback(null, log.join('; '));
/// };
/// ```
@Sendable func loopFinally(_ js: JSModule) async throws {
    let exports = js.exports
    // break and continue leaving a try…finally run the finally block first.
    exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let callback = arguments[2]
        let log = JSValue.array([])
        do {
            var i: JSValue = 0
            while (i < 5).isTruthy {
                step: do {
                    var breaking = false
                    var continuing = false
                    var pendingError: (any Swift.Error)? = nil
                    do {
                        attempt: do {
                            if (i === 1).isTruthy {
                                continuing = true
                                break attempt
                            }
                            if (i === 3).isTruthy {
                                breaking = true
                                break attempt
                            }
                            try await log.push(JSValue.string("body \(i)"))
                        }
                    } catch {
                        pendingError = error
                    }
                    do {
                        try await log.push(JSValue.string("finally \(i)"))
                    }
                    if let pendingError { throw pendingError }
                    if breaking {
                        break
                    }
                    if continuing {
                        break step
                    }
                }
                i = i + 1
            }
        }
        try await callback(nil, log.join("; "))
        return .undefined
    }
}
