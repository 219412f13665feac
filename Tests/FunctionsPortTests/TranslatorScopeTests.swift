import FunctionsPort
import Testing

/// Names a closure captures before Swift has declared them, and `for (let …)` loops whose closures need the
/// value of their own iteration.
@Suite struct TranslatorScopeTests {
    static let cases: [(javaScript: String, swift: String)] = [
        (
            // A hoisted function calling one declared after it.
            "function greet(n){ return wrap(n); } function wrap(s){ return `<${s}>`; } "
                + "exports.handler=(c,e,cb)=>cb(null,greet(e.Name));",
            """
            let exports = js.exports
            var wrap: JSValue = .undefined
            let greet = JSValue.function("greet", parameters: 1) { this, arguments in
                let n = arguments[0]
                return try await wrap(n)
            }
            wrap = JSValue.function("wrap", parameters: 1) { this, arguments in
                let s = arguments[0]
                return JSValue.string("<\\(s)>")
            }
            exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
                let e = arguments[1], cb = arguments[2]
                return try await cb(nil, greet(e.Name))
            }
            """
        ),
        (
            // The same inside a handler.
            "exports.handler = (c, e, cb) => {\n  function a() { return b(); }\n  function b() { return 1; }\n"
                + "  cb(null, a());\n};",
            """
            let exports = js.exports
            exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
                let cb = arguments[2]
                var b: JSValue = .undefined
                let a = JSValue.function("a", parameters: 0) { this, arguments in
                    return try await b()
                }
                b = JSValue.function("b", parameters: 0) { this, arguments in
                    return 1
                }
                try await cb(nil, a())
                return .undefined
            }
            """
        ),
        (
            // Arrows in constants calling each other, and one calling a constant declared after it.
            "const isEven=n=>n===0?true:isOdd(n-1); const isOdd=n=>n===0?false:isEven(n-1);\n"
                + "const a=()=>b(); const b=()=>1;\nexports.x = [isEven, a];",
            """
            let exports = js.exports
            var isOdd: JSValue = .undefined
            var b: JSValue = .undefined
            let isEven = JSValue.function("isEven", parameters: 1) { _, arguments in
                let n = arguments[0]
                return try await (n === 0).isTruthy ? true : isOdd(n - 1)
            }
            isOdd = JSValue.function("isOdd", parameters: 1) { _, arguments in
                let n = arguments[0]
                return try await (n === 0).isTruthy ? false : isEven(n - 1)
            }
            let a = JSValue.function("a", parameters: 0) { _, arguments in
                return try await b()
            }
            b = JSValue.function("b", parameters: 0) { _, arguments in
                return 1
            }
            exports.x = [isEven, a]
            """
        ),
        (
            // Recursion, and a destructuring declaration a function reads before it: declared whole.
            "const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));\nconst sum = () => x + y;\n"
                + "const { x, y } = { x: 1, y: 2 };\nexports.x = [fact, sum];",
            """
            let exports = js.exports
            var fact: JSValue = .undefined
            var x: JSValue = .undefined
            var y: JSValue = .undefined
            fact = JSValue.function("fact", parameters: 1) { _, arguments in
                let n = arguments[0]
                return try await ((n <= 1).isTruthy ? 1 : n * fact(n - 1))
            }
            let sum = JSValue.function("sum", parameters: 0) { _, arguments in
                return x + y
            }
            let value = JSValue.object([("x", 1), ("y", 2)])
            x = value.x
            y = value.y
            exports.x = [fact, sum]
            """
        ),
        (
            // A parameter of the same name is not the later constant: nothing to declare first.
            "const f = (n) => n + 1;\nconst n = 2;\nexports.x = f(n);",
            """
            let exports = js.exports
            let f = JSValue.function("f", parameters: 1) { _, arguments in
                let n = arguments[0]
                return n + 1
            }
            let n: JSValue = 2
            exports.x = try await f(n)
            """
        ),
        (
            "const fns = [];\nfor (let i = 0; i < 3; i++) fns.push(() => i);\nexports.fns = fns;",
            """
            let exports = js.exports
            let fns = JSValue.array([])
            do {
                var i: JSValue = 0
                while (i < 3).isTruthy {
                    let i2 = i
                    try await fns.push(JSValue.function("", parameters: 0) { _, arguments in
                        return i2
                    })
                    i = i + 1
                }
            }
            exports.fns = fns
            """
        ),
        (
            // The body assigns the variable and continues: the copy is written back before the update.
            "const fns = [];\nfor (let i = 0; i < 6; i++) {\n  if (i === 1) continue;\n  fns.push(() => i);\n  i++;\n}",
            """
            let fns = JSValue.array([])
            do {
                var i: JSValue = 0
                while (i < 6).isTruthy {
                    var i2 = i
                    step: do {
                        if (i2 === 1).isTruthy {
                            break step
                        }
                        try await fns.push(JSValue.function("", parameters: 0) { _, arguments in
                            return i2
                        })
                        i2 = i2 + 1
                    }
                    i = i2
                    i = i + 1
                }
            }
            """
        ),
    ]

    @Test(arguments: cases)
    func translatesToExactSwift(javaScript: String, swift: String) {
        #expect(TranslatorSnippetTests.body(javaScript) == swift)
    }

    @Test func aLoopWithoutClosuresOrWithVarKeepsOneVariable() {
        let body = TranslatorSnippetTests.body(
            "let t = 0;\nfor (let i = 0; i < 3; i++) { t += i; }\nfor (var k = 0; k < 3; k++) { t += k; }")
        #expect(!body.contains("i2"))
        #expect(!body.contains("k2"))
    }
}
