/// The standard JavaScript globals (`JSON`, `Object`, `Array`, `Math`, `Promise`, `Error`, `parseInt`, `Buffer`, …).
///
/// Each module run gets fresh objects, so one request's changes (`Array.prototype.x = …`) never reach another:
///
/// ```swift
/// let globals = JSObject()
/// JSGlobals.install(into: globals)
/// let text = try await JSValue.object(globals).JSON.stringify(["a": 1])   // {"a":1}
/// ```
public enum JSGlobals {
    /// A new object holding the standard globals.
    public static func standard() -> JSObject {
        let globals = JSObject()
        install(into: globals)
        return globals
    }

    /// Defines the standard globals on `globals` (non-enumerable, as in JavaScript), plus `globalThis`.
    public static func install(into globals: JSObject) {
        let entries: [(String, JSValue)] = [
            ("undefined", .undefined),
            ("NaN", .number(.nan)),
            ("Infinity", .number(.infinity)),
            ("globalThis", .object(globals)),
            ("JSON", makeJSON()),
            ("Math", makeMath()),
            ("Object", makeObjectConstructor()),
            ("Array", makeArrayConstructor()),
            ("String", makeStringConstructor()),
            ("Number", makeNumberConstructor()),
            ("Boolean", makeBooleanConstructor()),
            ("Date", makeDateConstructor()),
            ("RegExp", makeRegExpConstructor()),
            ("Promise", makePromiseConstructor()),
            ("Buffer", makeBufferConstructor()),
        ]
        for (name, value) in entries { globals.define(name, value, enumerable: false) }
        for name in ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "URIError", "EvalError"] {
            globals.define(name, makeErrorConstructor(name), enumerable: false)
        }
        for (name, method) in globalFunctions {
            globals.define(name, JSBuiltins.make(name, method), enumerable: false)
        }
    }

    /// A constructor object with static methods and a `prototype` exposing a builtin method table.
    static func makeClass(
        _ name: String,
        parameters: Int,
        call: JSFunctionBody?,
        construct: @escaping JSConstructBody,
        statics: [String: JSBuiltinMethod] = [:],
        prototype table: [String: JSBuiltinMethod] = [:]
    ) -> JSValue {
        let constructor = JSObject.makeConstructor(
            name: name, parameters: parameters, instanceClassName: name, call: call, construct: construct)
        for (key, method) in statics.sorted(by: { $0.key < $1.key }) {
            constructor.define(key, JSBuiltins.make(key, method), enumerable: false)
        }
        let prototype = JSBuiltins.prototypeObject(table)
        prototype.define("constructor", .object(constructor), enumerable: false)
        constructor.define("prototype", .object(prototype), enumerable: false)
        return .object(constructor)
    }

    static func makeJSON() -> JSValue {
        let json = JSObject()
        json.className = "JSON"
        json.define(
            "stringify",
            JSBuiltins.make(
                "stringify",
                JSBuiltinMethod(3) { _, arguments in
                    try await JSONBuiltin.stringify(arguments[0], replacer: arguments[1], space: arguments[2]).map(JSValue.string)
                        ?? .undefined
                }), enumerable: false)
        json.define(
            "parse",
            JSBuiltins.make(
                "parse",
                JSBuiltinMethod(2) { _, arguments in
                    try await JSONBuiltin.parse(arguments[0].toString, reviver: arguments[1])
                }), enumerable: false)
        return .object(json)
    }

    static func makeErrorConstructor(_ name: String) -> JSValue {
        let make: @Sendable ([JSValue]) -> JSValue = { arguments in
            let message = arguments.argument(0)
            let error = JSValue.makeError(name, message.isUndefined ? "" : message.toString)
            if case .object(let options) = arguments.argument(1), options.hasProperty("cause") {
                error.objectValue?.define("cause", options.get("cause"), enumerable: false)
            }
            return error
        }
        return makeClass(
            name, parameters: 1,
            call: { _, arguments in make(arguments) },
            construct: { arguments, _ in make(arguments) },
            prototype: JSBuiltins.errorMethods)
    }

    static func makeRegExpConstructor() -> JSValue {
        let make: @Sendable ([JSValue]) throws -> JSValue = { arguments in
            let flags = arguments.argument(1).isUndefined ? nil : arguments[1].toString
            if let existing = arguments.argument(0).regexObject?.regex {
                return .regex(pattern: existing.pattern, flags: flags ?? existing.flags)
            }
            let pattern = arguments.argument(0).isUndefined ? "(?:)" : arguments[0].toString
            let regex = JSRegExp(pattern: pattern, flags: flags ?? "")
            if let problem = regex.compileError { throw JSThrow.error("SyntaxError", problem) }
            return .object(JSObject(regex: regex))
        }
        return makeClass(
            "RegExp", parameters: 2,
            call: { _, arguments in try make(arguments) },
            construct: { arguments, _ in try make(arguments) },
            prototype: JSBuiltins.regexMethods)
    }
}
