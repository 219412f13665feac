import FunctionsJS

/// `functions/asset-module.js`, ported to Swift.
///
/// ```js
/// // A module loaded from an asset is not ported: this Function answers 501 until ported by hand.
/// const helper = require(Runtime.getAssets()['/helper.js'].path);
///
/// exports.handler = (context, event, callback) => {
///   callback(null, helper.greet(event.Name || 'world'));
/// };
/// ```
@Sendable func assetModule(_ js: JSModule) async throws {
    try js.untranslated(file: "functions/asset-module.js", line: 2, "const helper = require(Runtime.getAssets()['/helper.js'].path);")
    let exports = js.exports
    // A module loaded from an asset is not ported: this Function answers 501 until ported by hand.
    // TODO(port): const helper = require(Runtime.getAssets()['/helper.js'].path);
    //   (not translated: asset modules are not ported)
    let helper: JSValue = .undefined
    exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let event = arguments[1], callback = arguments[2]
        try await callback(nil, helper.greet(event.Name || "world"))
        return .undefined
    }
}
