import FunctionsPort
import JavaScriptSyntax
import Testing

/// Small pieces of JavaScript and the exact Swift module body they become.
@Suite struct TranslatorSnippetTests {
    /// The lines of the module body, without the function's own indentation.
    static func body(_ javaScript: String) -> String {
        let module = ModuleTranslator.translate(javaScript, file: "functions/x.js", swiftName: "x")
        let lines = module.source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("@Sendable func x(") }),
            let end = lines.lastIndex(of: "}")
        else { return module.source }
        return lines[(start + 1)..<end].map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }
            .joined(separator: "\n")
    }

    static let cases: [(javaScript: String, swift: String)] = [
        (
            """
            exports.handler = function (context, event, callback) {
              callback(null, 'Hello world!');
            };
            """,
            """
            let exports = js.exports
            exports.handler = JSValue.function("handler", parameters: 3) { this, arguments in
                let callback = arguments[2]
                try await callback(nil, "Hello world!")
                return .undefined
            }
            """
        ),
        (
            "const obj = {};\nconst { a, b = 1 } = obj;\nconsole.log(a, b);",
            """
            let console = js.console
            let obj = JSValue.object([])
            let a = obj.a
            let b = obj.b.isUndefined ? 1 : obj.b
            try await console.log(a, b)
            """
        ),
        (
            "const x = 1;\nconst s = `a\"b\\\\c\\\\\\\\(d) ${x}`;\nmodule.exports = { s };",
            """
            let module = js.module
            let x: JSValue = 1
            let s = JSValue.string("a\\"b\\\\c\\\\\\\\(d) \\(x)")
            module.exports = ["s": s]
            """
        ),
        (
            "let x = 1;\nx++;\nx += 2;",
            "var x: JSValue = 1\nx = x + 1\nx = x + 2"
        ),
        (
            "const f = () => 1;\nconst v = f() || f();\nconst w = v || 2;",
            """
            let f = JSValue.function("f", parameters: 0) { _, arguments in
                return 1
            }
            let v = try await f().or { try await f() }
            let w = v || 2
            _ = w
            """
        ),
        (
            "const k = 'a';\nlet r;\nswitch (k) {\n  case 'a':\n  case 'b':\n    r = 1;\n    break;\n  default:\n    r = 2;\n}\nexports.r = r;",
            """
            let exports = js.exports
            let k: JSValue = "a"
            var r: JSValue = .undefined
            if (k === "a").isTruthy || (k === "b").isTruthy {
                r = 1
            } else {
                r = 2
            }
            exports.r = r
            """
        ),
        (
            "let t = 0;\nfor (let i = 0; i < 3; i++) {\n  if (i === 1) continue;\n  t += i;\n}",
            """
            var t: JSValue = 0
            do {
                var i: JSValue = 0
                while (i < 3).isTruthy {
                    step: do {
                        if (i === 1).isTruthy {
                            break step
                        }
                        t = t + i
                    }
                    i = i + 1
                }
            }
            """
        ),
        (
            "const self = 1;\nconst init = { init: self, 'a-b': 2 };\nexports.x = init.init;",
            """
            let exports = js.exports
            let `self`: JSValue = 1
            let `init`: JSValue = ["init": `self`, "a-b": 2]
            exports.x = `init`["init"]
            """
        ),
        (
            "async function go(client) {\n  try {\n    return await client.fetch();\n  } catch (err) {\n    throw new Error(err.message);\n  }\n}\nexports.go = go;",
            """
            let Error_ = js.Error
            let exports = js.exports
            let go = JSValue.asyncFunction("go", parameters: 1) { this, arguments in
                let client = arguments[0]
                do {
                    return try await client.fetch().awaited()
                } catch let thrown {
                    let err = JSValue(caught: thrown)
                    throw JSThrow(try await Error_.new(err.message))
                }
            }
            exports.go = go
            """
        ),
        (
            "const o = { a: 1 };\nif (!o.a && typeof o.b === 'undefined') { delete o.a; }",
            """
            let o: JSValue = ["a": 1]
            if !o.a.isTruthy && (JSValue.typeof(o.b) === "undefined").isTruthy {
                o.delete("a")
            }
            """
        ),
        (
            "const a = [1, 2];\nconst b = [...a, 3];\nconst n = a[0] ** 2;\nconsole.log(b, n, `${a}`);",
            """
            let console = js.console
            let a: JSValue = [1, 2]
            let b = JSValue.array(JSValue.spreading([.spread(a), .value(3)]))
            let n = JSValue.power(a[0], 2)
            try await console.log(b, n, JSValue.string("\\(a)"))
            """
        ),
        (
            "const e = { list: [] };\nfor (const item of e.list) {\n  console.log(item);\n}",
            """
            let console = js.console
            let e: JSValue = ["list": JSValue.array([])]
            for item in e.list.iteratedValues {
                try await console.log(item)
            }
            """
        ),
    ]

    @Test(arguments: cases)
    func translatesToExactSwift(javaScript: String, swift: String) {
        #expect(Self.body(javaScript) == swift)
    }

    @Test func statementThatCannotBeTranslatedBecomesATODO() throws {
        let source = "exports.handler = (context, event, callback) => {\n  class A {}\n  callback(null, 'ok');\n};\n"
        let module = ModuleTranslator.translate(source, file: "functions/x.js", swiftName: "x")
        #expect(module.todos == [PortTODO(line: 2, text: "class A {}", reason: "classes are not translated")])
        #expect(module.source.contains("    try js.untranslated(file: \"functions/x.js\", line: 2, \"class A {}\")\n"))
        #expect(module.source.contains("// TODO(port): class A {}"))
        #expect(module.source.contains("try await callback(nil, \"ok\")"))
        #expect(module.translatedLines == 3)
        #expect(module.syntaxError == nil)
    }

    @Test func undeclaredNameIsATODO() {
        let module = ModuleTranslator.translate("foo();\n", file: "functions/x.js", swiftName: "x")
        #expect(module.todos == [PortTODO(line: 1, text: "foo();", reason: "undeclared name foo")])
        #expect(module.translatedLines == 0)
    }

    @Test func syntaxErrorLeavesOnlyTheUntranslatedCall() throws {
        let source = "exports.handler = function (context, event, callback) {\n  callback(null, 'x'\n};\n"
        let module = ModuleTranslator.translate(source, file: "functions/x.js", swiftName: "x")
        let error = try #require(module.syntaxError)
        #expect(error.line == 3)
        #expect(module.todos.count == 1)
        #expect(module.todos.first?.line == 3)
        #expect(module.todos.first?.reason == "syntax error: \(error.message)")
        #expect(
            Self.body(source)
                == "try js.untranslated(file: \"functions/x.js\", line: 3, \"syntax error: \(error.message)\")")
        #expect(module.source.contains("///   callback(null, 'x'\n"))
        #expect(module.translatedLines == 0)
    }

    @Test func keepsTheJavaScriptInTheDocComment() {
        let source = "// greet\nexports.x = 1;\n"
        let module = ModuleTranslator.translate(source, file: "functions/x.js", swiftName: "x")
        #expect(
            module.source.hasPrefix(
                "import FunctionsJS\n\n/// `functions/x.js`, ported to Swift.\n///\n/// ```js\n/// // greet\n/// exports.x = 1;\n/// ```\n"
            ))
        #expect(Self.body(source) == "let exports = js.exports\n// greet\nexports.x = 1")
        #expect(module.translatedLines == 1)
    }

    @Test func findsNpmModulesAndClientCalls() {
        let source = """
            const axios = require('axios');
            const twilio = require('twilio');
            const helper = require('./helper');
            exports.handler = async (context, event, callback) => {
              const client = twilio(context.ACCOUNT_SID, context.AUTH_TOKEN);
              await client.calls('CA1').update({ status: 'completed' });
              await Runtime.getSync().documents('d').fetch();
              await context.getTwilioClient().lookups.v2.phoneNumbers(event.n).fetch();
              callback(null, await axios.get('https://example.com'));
            };
            """
        let module = ModuleTranslator.translate(source, file: "functions/x.js", swiftName: "x")
        #expect(module.npmModules == ["axios"])
        #expect(module.twilioAPIs == ["calls.update", "sync.services.documents.fetch", "lookups.v2.phoneNumbers.fetch"])
    }
}
