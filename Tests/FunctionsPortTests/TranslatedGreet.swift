import FunctionsJS

/// `functions/greet.js`, ported to Swift.
///
/// ```js
/// // Function declarations are hoisted: greet calls wrap, declared after it.
/// function greet(name) {
///   return wrap(name);
/// }
///
/// function wrap(text) {
///   return `${context_prefix()}<${text}>`;
/// }
///
/// function context_prefix() {
///   return '';
/// }
///
/// exports.handler = (context, event, callback) => {
///   // The same inside a handler: shout calls louder, declared after it.
///   function shout(text) {
///     return louder(text) + context.GREETING_PUNCTUATION;
///   }
///   function louder(text) {
///     return text.toUpperCase();
///   }
///   callback(null, `${greet(event.Name || 'world')} ${shout('hi')}`);
/// };
/// ```
@Sendable func greet(_ js: JSModule) async throws {
    let exports = js.exports
    var wrap: JSValue = .undefined
    var context_prefix: JSValue = .undefined
    // Function declarations are hoisted: greet calls wrap, declared after it.
    let greet = JSValue.function("greet", parameters: 1) { this, arguments in
        let name = arguments[0]
        return try await wrap(name)
    }
    wrap = JSValue.function("wrap", parameters: 1) { this, arguments in
        let text = arguments[0]
        return try await JSValue.string("\(context_prefix())<\(text)>")
    }
    context_prefix = JSValue.function("context_prefix", parameters: 0) { this, arguments in
        return ""
    }
    exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let context = arguments[0], event = arguments[1], callback = arguments[2]
        var louder: JSValue = .undefined
        // The same inside a handler: shout calls louder, declared after it.
        let shout = JSValue.function("shout", parameters: 1) { this, arguments in
            let text = arguments[0]
            return try await louder(text) + context.GREETING_PUNCTUATION
        }
        louder = JSValue.function("louder", parameters: 1) { this, arguments in
            let text = arguments[0]
            return try await text.toUpperCase()
        }
        try await callback(nil, JSValue.string("\(greet(event.Name || "world")) \(shout("hi"))"))
        return .undefined
    }
}
