import FunctionsJS

/// `functions/parity.js`, ported to Swift.
///
/// ```js
/// // Arrow functions in constants that call each other, and one calling a constant declared after it.
/// const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
/// const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
/// const describe = (n) => label(isEven(n));
/// const label = (even) => (even ? 'even' : 'odd');
///
/// exports.handler = (context, event, callback) => {
///   const n = parseInt(event.n || '7', 10);
///   const countdown = (k) => (k <= 0 ? [] : [k, ...rest(k)]);
///   const rest = (k) => countdown(k - 1);
///   callback(null, { n, even: isEven(n), odd: isOdd(n), label: describe(n), countdown: countdown(3) });
/// };
/// ```
@Sendable func parity(_ js: JSModule) async throws {
    let exports = js.exports
    let parseInt = js.parseInt
    var isOdd: JSValue = .undefined
    var label: JSValue = .undefined
    // Arrow functions in constants that call each other, and one calling a constant declared after it.
    let isEven = JSValue.function("isEven", parameters: 1) { _, arguments in
        let n = arguments[0]
        return try await ((n === 0).isTruthy ? true : isOdd(n - 1))
    }
    isOdd = JSValue.function("isOdd", parameters: 1) { _, arguments in
        let n = arguments[0]
        return try await ((n === 0).isTruthy ? false : isEven(n - 1))
    }
    let describe = JSValue.function("describe", parameters: 1) { _, arguments in
        let n = arguments[0]
        return try await label(isEven(n))
    }
    label = JSValue.function("label", parameters: 1) { _, arguments in
        let even = arguments[0]
        return (even.isTruthy ? ("even" as JSValue) : "odd")
    }
    exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let event = arguments[1], callback = arguments[2]
        var rest: JSValue = .undefined
        let n = try await parseInt(event.n || "7", 10)
        let countdown = JSValue.function("countdown", parameters: 1) { _, arguments in
            let k = arguments[0]
            return try await ((k <= 0).isTruthy ? JSValue.array([]) : JSValue.array(JSValue.spreading([.value(k), .spread(rest(k))])))
        }
        rest = JSValue.function("rest", parameters: 1) { _, arguments in
            let k = arguments[0]
            return try await countdown(k - 1)
        }
        try await callback(nil, [
            "n": n,
            "even": isEven(n),
            "odd": isOdd(n),
            "label": describe(n),
            "countdown": countdown(3),
        ])
        return .undefined
    }
}
