import FunctionsJS

/// `functions/uses-lodash.js`, ported to Swift.
///
/// ```js
/// // An npm module has no counterpart in Swift: this Function answers 501 until ported by hand.
/// const _ = require('lodash');
///
/// exports.handler = (context, event, callback) => {
///   callback(null, _.capitalize(event.Name || 'world'));
/// };
/// ```
@Sendable func usesLodash(_ js: JSModule) async throws {
    try js.untranslated(file: "functions/uses-lodash.js", line: 2, "const _ = require('lodash');")
    let exports = js.exports
    // An npm module has no counterpart in Swift: this Function answers 501 until ported by hand.
    // TODO(port): const _ = require('lodash');
    //   (not translated: npm module 'lodash' has no counterpart in Swift)
    let __: JSValue = .undefined
    exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let event = arguments[1], callback = arguments[2]
        try await callback(nil, __.capitalize(event.Name || "world"))
        return .undefined
    }
}
