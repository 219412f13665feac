import Testing

@testable import FunctionsPort

/// `require` of what the port has no Swift for (npm modules, Node.js's own, assets) is a TODO, so the Function
/// answers 501 naming the line; `twilio` and the project's own Functions are required at run time.
@Suite struct TranslatorRequireTests {
    static let todos: [(javaScript: String, reason: String)] = [
        ("const _ = require('lodash');", "npm module 'lodash' has no counterpart in Swift"),
        ("const axios = require('axios');", "npm module 'axios' has no counterpart in Swift"),
        ("const crypto = require('crypto');", "Node.js module 'crypto' has no counterpart in Swift"),
        ("const fs = require('node:fs');", "Node.js module 'node:fs' has no counterpart in Swift"),
        ("const h = require(Runtime.getAssets()['/x.js'].path);", "asset modules are not ported"),
        ("const h = require(Runtime.getAssets()['/x.js'].path).greet;", "asset modules are not ported"),
    ]

    @Test(arguments: todos)
    func isATODO(javaScript: String, reason: String) {
        let module = ModuleTranslator.translate(javaScript + "\nexports.x = 1;\n", file: "functions/x.js", swiftName: "x")
        #expect(module.todos == [PortTODO(line: 1, text: javaScript, reason: reason)])
        #expect(
            module.source.contains(
                "    try js.untranslated(file: \"functions/x.js\", line: 1, \(SwiftText.literal(javaScript)))\n"))
    }

    @Test func theNpmModuleIsStillListedAndItsNameStaysUsable() {
        let module = ModuleTranslator.translate(
            "const _ = require('lodash');\nexports.x = _.capitalize('a');\n", file: "functions/x.js", swiftName: "x")
        #expect(module.npmModules == ["lodash"])
        #expect(module.source.contains("    let __: JSValue = .undefined\n"))
        #expect(module.source.contains("    exports.x = try await __.capitalize(\"a\")\n"))
    }

    @Test func aNameDeclaredFirstIsStillAssignedWhenItsRequireIsATODO() {
        let body = TranslatorSnippetTests.body(
            "const greet = (n) => _.capitalize(n);\nconst _ = require('lodash');\nexports.greet = greet;")
        #expect(
            body == """
                try js.untranslated(file: "functions/x.js", line: 2, "const _ = require('lodash');")
                let exports = js.exports
                var __: JSValue = .undefined
                let greet = JSValue.function("greet", parameters: 1) { _, arguments in
                    let n = arguments[0]
                    return try await __.capitalize(n)
                }
                // TODO(port): const _ = require('lodash');
                //   (not translated: npm module 'lodash' has no counterpart in Swift)
                __ = .undefined
                exports.greet = greet
                """)
    }

    static let translated = [
        "const twilio = require('twilio');",
        "const helper = require('./helper');",
        "const helper = require(Runtime.getFunctions()['helper'].path);",
    ]

    @Test(arguments: translated)
    func isTranslated(javaScript: String) {
        let module = ModuleTranslator.translate(javaScript + "\nexports.x = 1;\n", file: "functions/x.js", swiftName: "x")
        #expect(module.todos.isEmpty)
        #expect(module.source.contains("require("))
    }
}

