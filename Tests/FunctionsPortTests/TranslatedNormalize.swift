import FunctionsJS

/// `functions/normalize.js`, ported to Swift.
///
/// ```js
/// // Optional chaining: a missing link makes the whole rest of the chain undefined.
/// exports.handler = (context, event, callback) => {
///   const body = event.Body?.trim().toLowerCase();
///   const hooks = { onReply: () => 'replied' };
///   const reply = hooks?.onReply?.();
///   const missing = hooks.onMissing?.().toUpperCase();
///   const first = event.Body?.trim().split(' ')[0]?.toUpperCase();
///   callback(null, {
///     body: body ?? 'none',
///     reply: reply ?? 'none',
///     missing: missing ?? 'none',
///     first: first ?? 'none',
///   });
/// };
/// ```
@Sendable func normalize(_ js: JSModule) async throws {
    let exports = js.exports
    // Optional chaining: a missing link makes the whole rest of the chain undefined.
    exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let event = arguments[1], callback = arguments[2]
        let body = try await { () async throws -> JSValue in
            let body2 = event.Body
            if body2.isNullish { return .undefined }
            return try await body2.trim().toLowerCase()
        }()
        let hooks: JSValue = [
            "onReply": JSValue.function("onReply", parameters: 0) { _, arguments in
                return "replied"
            },
        ]
        let reply = try await { () async throws -> JSValue in
            if hooks.isNullish { return .undefined }
            let onReply = hooks.onReply
            if onReply.isNullish { return .undefined }
            return try await onReply()
        }()
        let missing = try await { () async throws -> JSValue in
            let onMissing = hooks.onMissing
            if onMissing.isNullish { return .undefined }
            return try await onMissing().toUpperCase()
        }()
        let first = try await { () async throws -> JSValue in
            let body3 = event.Body
            if body3.isNullish { return .undefined }
            let value = try await body3.trim().split(" ")[0]
            if value.isNullish { return .undefined }
            return try await value.toUpperCase()
        }()
        try await callback(nil, [
            "body": body.nullish("none"),
            "reply": reply.nullish("none"),
            "missing": missing.nullish("none"),
            "first": first.nullish("none"),
        ])
        return .undefined
    }
}
