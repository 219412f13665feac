import FunctionsPort
import Testing

/// `return`, `break` and `continue` leaving a `try…finally`: the `finally` block runs, then the jump is made.
@Suite struct TranslatorJumpTests {
    static let cases: [(javaScript: String, swift: String)] = [
        (
            """
            exports.handler = async (context, event, callback) => {
              try {
                const r = await context.getTwilioClient().messages.create({ to: event.To, body: 'hi' });
                return callback(null, r.sid);
              } catch (e) {
                return callback(e);
              } finally {
                console.log('done');
              }
            };
            """,
            """
            let exports = js.exports
            let console = js.console
            exports.handler = JSValue.asyncFunction("handler", parameters: 3) { _, arguments in
                let context = arguments[0], event = arguments[1], callback = arguments[2]
                var returned: JSValue? = nil
                var pendingError: (any Swift.Error)? = nil
                do {
                    attempt: do {
                        let r = try await context.getTwilioClient().messages.create(["to": event.To, "body": "hi"]).awaited()
                        returned = try await callback(nil, r.sid)
                        break attempt
                    } catch let thrown {
                        let e = JSValue(caught: thrown)
                        returned = try await callback(e)
                        break attempt
                    }
                } catch {
                    pendingError = error
                }
                do {
                    try await console.log("done")
                }
                if let pendingError { throw pendingError }
                if let returned {
                    return returned
                }
                return .undefined
            }
            """
        ),
        (
            // Nothing throws: no saved error; `return null` keeps `null` (not an empty optional).
            "exports.f = function () {\n  try {\n    return null;\n  } finally {\n    exports.done = true;\n  }\n};",
            """
            let exports = js.exports
            exports.f = JSValue.function("f", parameters: 0) { this, arguments in
                var returned: JSValue? = nil
                attempt: do {
                    returned = JSValue.null
                    break attempt
                }
                do {
                    exports.done = true
                }
                if let returned {
                    return returned
                }
                return .undefined
            }
            """
        ),
        (
            "const log = [];\nfor (const v of [1, 2, 3]) {\n  try {\n    if (v === 1) continue;\n    if (v === 2) break;\n"
                + "  } finally {\n    log.push(v);\n  }\n}",
            """
            let log = JSValue.array([])
            for v in JSValue.array([1, 2, 3]).iteratedValues {
                var breaking = false
                var continuing = false
                attempt: do {
                    if (v === 1).isTruthy {
                        continuing = true
                        break attempt
                    }
                    if (v === 2).isTruthy {
                        breaking = true
                        break attempt
                    }
                }
                do {
                    try await log.push(v)
                }
                if breaking {
                    break
                }
                if continuing {
                    continue
                }
            }
            """
        ),
        (
            // A return through two finally blocks goes through the outer one too.
            "exports.f = () => {\n  try {\n    try {\n      return 1;\n    } finally {\n      exports.a = 1;\n    }\n"
                + "  } finally {\n    exports.b = 2;\n  }\n};",
            """
            let exports = js.exports
            exports.f = JSValue.function("f", parameters: 0) { _, arguments in
                var returned2: JSValue? = nil
                attempt2: do {
                    var returned: JSValue? = nil
                    attempt: do {
                        returned = 1
                        break attempt
                    }
                    do {
                        exports.a = 1
                    }
                    if let returned {
                        returned2 = returned
                        break attempt2
                    }
                }
                do {
                    exports.b = 2
                }
                if let returned2 {
                    return returned2
                }
                return .undefined
            }
            """
        ),
    ]

    @Test(arguments: cases)
    func translatesToExactSwift(javaScript: String, swift: String) {
        #expect(TranslatorSnippetTests.body(javaScript) == swift)
    }

    @Test func aJumpThroughAFinallyBlockThatItselfJumpsIsATODO() {
        let module = ModuleTranslator.translate(
            "exports.f = () => {\n  try {\n    return 1;\n  } finally {\n    return 2;\n  }\n};",
            file: "functions/x.js", swiftName: "x")
        #expect(module.todos.map(\.line) == [2])
        #expect(
            module.todos.first?.reason
                == "return, break or continue inside a try…finally whose finally block also jumps")
    }

    @Test func aReturnAtTheTopOfTheModuleIsStillATODO() {
        let module = ModuleTranslator.translate(
            "try {\n  return;\n} finally {\n  exports.x = 1;\n}\n", file: "functions/x.js", swiftName: "x")
        #expect(module.todos.map(\.reason) == ["return outside a function"])
    }
}
