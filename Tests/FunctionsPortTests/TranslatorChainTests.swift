import FunctionsPort
import Testing

/// Optional chains: a `null` or `undefined` link skips the whole rest of its chain, and each link runs once.
@Suite struct TranslatorChainTests {
    static let cases: [(javaScript: String, swift: String)] = [
        (
            "exports.handler = (context, event, callback) => callback(null, event.Body?.trim().toLowerCase());",
            """
            let exports = js.exports
            exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
                let event = arguments[1], callback = arguments[2]
                return try await callback(nil, { () async throws -> JSValue in
                    let body = event.Body
                    if body.isNullish { return .undefined }
                    return try await body.trim().toLowerCase()
                }())
            }
            """
        ),
        (
            // Both tests of `a.b?.c?.()`; a plain name is tested without a copy.
            "const a = { b: null };\nexports.x = a.b?.c?.();\nexports.y = a?.f();",
            """
            let exports = js.exports
            let a: JSValue = ["b": nil]
            exports.x = try await { () async throws -> JSValue in
                let b = a.b
                if b.isNullish { return .undefined }
                let c = b.c
                if c.isNullish { return .undefined }
                return try await c()
            }()
            exports.y = try await { () async throws -> JSValue in
                if a.isNullish { return .undefined }
                return try await a.f()
            }()
            """
        ),
        (
            // In a test, the closure is parenthesized (a bare one would read as the `if`'s body).
            "const e = {};\nif (e.list?.shift()) { e.x = 1; }",
            """
            let e = JSValue.object([])
            if try await ({ () async throws -> JSValue in
                let list = e.list
                if list.isNullish { return .undefined }
                return try await list.shift()
            })().isTruthy {
                e.x = 1
            }
            """
        ),
        (
            // Reads alone need no test: a property of undefined reads as undefined.
            "const e = {};\nexports.x = e.a?.b.c;\nexports.y = e?.[0];",
            """
            let exports = js.exports
            let e = JSValue.object([])
            exports.x = e.a.b.c
            exports.y = e[0]
            """
        ),
        (
            // A computed key after an optional link is not evaluated when the link is nullish.
            "const e = {};\nlet i = 0;\nexports.x = e.list?.[i + 1];",
            """
            let exports = js.exports
            let e = JSValue.object([])
            let i: JSValue = 0
            exports.x = { () -> JSValue in
                let list = e.list
                if list.isNullish { return .undefined }
                return list[i + 1]
            }()
            """
        ),
    ]

    @Test(arguments: cases)
    func translatesToExactSwift(javaScript: String, swift: String) {
        #expect(TranslatorSnippetTests.body(javaScript) == swift)
    }

    @Test func aChainOnAComputedValueIsTranslated() {
        let module = ModuleTranslator.translate(
            "exports.handler = (c, e, cb) => cb(null, e.Body?.trim().split(' ')[0]?.toUpperCase());",
            file: "functions/x.js", swiftName: "x")
        #expect(module.todos.isEmpty)
        #expect(module.source.contains("let value = try await body.trim().split(\" \")[0]\n"))
        #expect(module.source.contains("if value.isNullish { return .undefined }\n"))
    }
}
