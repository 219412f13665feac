import FunctionsJS
import Testing

@Suite struct BuiltinGlobalsTests {
    let js = CoreHarness()

    @Test(arguments: [
        ("42px", V.undefined, "42"), ("  -0x1F", .undefined, "-31"), ("0x1F", 16, "31"), ("101", 2, "5"), ("z", 36, "35"),
        ("abc", .undefined, "NaN"), ("12", 1, "NaN"), ("9007199254740993", .undefined, "9007199254740992"), ("", .undefined, "NaN"),
        ("3.9", .undefined, "3"),
    ] as [(String, V, String)])
    func parseInt(text: String, radix: V, expected: String) async throws {
        #expect(try await js.globals.parseInt(.string(text), radix.js).toString == expected)
    }

    @Test(arguments: [
        ("3.14abc", "3.14"), (" .5", "0.5"), ("-Infinityx", "-Infinity"), ("1e3x", "1000"), ("1e", "1"), ("x", "NaN"), ("5.", "5"),
    ])
    func parseFloat(text: String, expected: String) async throws {
        #expect(try await js.globals.parseFloat(.string(text)).toString == expected)
    }

    @Test func uriFunctions() async throws {
        #expect(try await js.globals.encodeURIComponent("a b&c=d/é?!'()*~").toString == "a%20b%26c%3Dd%2F%C3%A9%3F!'()*~")
        #expect(try await js.globals.encodeURI("http://x.com/a b?q=é#f").toString == "http://x.com/a%20b?q=%C3%A9#f")
        #expect(try await js.globals.decodeURIComponent("a%20b%26%C3%A9").toString == "a b&é")
        #expect(try await js.globals.decodeURI("%3Fa%20b").toString == "%3Fa b")
        #expect(await thrownMessage { try await js.globals.decodeURIComponent("%E0%A4%A") } == "URIError: URI malformed")
        #expect(await thrownMessage { try await js.globals.decodeURIComponent("%C3") } == "URIError: URI malformed")
    }

    @Test func mathFunctions() async throws {
        let math = js.globals.Math
        #expect(try await math.round(2.5).toString == "3")
        #expect(try await math.round(-2.5).toString == "-2")
        #expect(try await math.round(0.49999999999999994).toString == "0")
        #expect(try await math.max().toString == "-Infinity")
        #expect(try await math.max(1, "3", 2).toString == "3")
        #expect(try await math.min(1, .number(.nan)).toString == "NaN")
        #expect(try await math.pow(2, 0.5).toNumber == 2.0.squareRoot())
        #expect(try await math.trunc(-4.7).toString == "-4")
        #expect(try await math.sign(-3).toString == "-1")
        #expect(try await math.floor(-0.5).toString == "-1")
        #expect(try await math.abs("-2").toString == "2")
        let random = try await math.random().toNumber
        #expect(random >= 0 && random < 1)
        #expect(math.PI.toNumber == .pi)
    }

    @Test func numberAndConversionStatics() async throws {
        #expect(try await js.globals.Number("12").toNumber == 12)
        #expect(try await js.globals.Number().toNumber == 0)
        #expect(try await js.globals.Number.isInteger(5.0).isTruthy)
        #expect(!(try await js.globals.Number.isInteger("5")).isTruthy)
        #expect(try await js.globals.String(nil).toString == "null")
        #expect(try await js.globals.String([1, [2, 3]]).toString == "1,2,3")
        #expect(!(try await js.globals.Boolean("")).isTruthy)
        #expect(try await js.globals.isNaN("x").isTruthy)
        #expect(!(try await js.globals.isFinite("Infinity")).isTruthy)
        #expect(try await js.globals.String.fromCharCode(72, 105).toString == "Hi")
        #expect(js.globals.Number.MAX_SAFE_INTEGER.toString == "9007199254740991")
    }

    @Test func objectStatics() async throws {
        let object = js.globals.Object
        let value: JSValue = ["b": 1, "a": 2]
        #expect(try await js.json(object.keys(value)) == #"["b","a"]"#)
        #expect(try await js.json(object.values(value)) == "[1,2]")
        #expect(try await js.json(object.entries(value)) == #"[["b",1],["a",2]]"#)
        #expect(try await js.json(object.keys("ab")) == #"["0","1"]"#)
        #expect(try await js.json(object.assign(value, ["c": 3], nil)) == #"{"b":1,"a":2,"c":3}"#)
        #expect(try await js.json(object.fromEntries([["x", 1], ["y", 2]])) == #"{"x":1,"y":2}"#)
        #expect(try await object.freeze(value).strictlyEquals(value))
        #expect(try await value.hasOwnProperty("a").isTruthy)
        #expect(!(try await value.hasOwnProperty("toString")).isTruthy)
        #expect(try await value.invoke("toString").toString == "[object Object]")
        #expect(await thrownMessage { try await object.keys(nil) } == "TypeError: Cannot convert undefined or null to object")
        let created = try await object.create(value)
        #expect(created.b.toNumber == 1)
        #expect(try await js.json(object.keys(created)) == "[]")
    }

    @Test func dates() async throws {
        let date = js.globals.Date
        let epoch = try await date.new(0)
        #expect(try await epoch.toISOString().toString == "1970-01-01T00:00:00.000Z")
        #expect(try await epoch.getTime().toNumber == 0)
        let parsed = try await date.new("2024-03-05T10:20:30.456+01:00")
        #expect(try await parsed.toISOString().toString == "2024-03-05T09:20:30.456Z")
        #expect(try await parsed.getUTCDay().toNumber == 2)
        #expect(try await parsed.invoke("toString").toString == "Tue Mar 05 2024 09:20:30 GMT+0000 (Coordinated Universal Time)")
        #expect(try await date.new("Tue, 05 Mar 2024 10:00:00 GMT").getTime().toNumber == 1_709_632_800_000)
        #expect(try await date.new(2024, 0, 31, 12).toISOString().toString == "2024-01-31T12:00:00.000Z")
        #expect(try await date.UTC(2024, 12, 1).toNumber == 1_735_689_600_000)
        #expect(try await date.parse("Tue, 05 Mar 99999999999999999 10:00:00 GMT").toString == "NaN")
        #expect(try await date.parse("5 Mar 9000000000000000000 10:00:00").toString == "NaN")
        #expect(try await date.new(8.64e15 + 1).getTime().toString == "NaN")
        let invalid = try await date.new("not a date")
        #expect(try await invalid.getTime().toString == "NaN")
        #expect(await thrownMessage { try await invalid.toISOString() } == "RangeError: Invalid time value")
        #expect(try await js.JSON.stringify(invalid).toString == "null")
        let now = try await date.now().toNumber
        #expect(now > 1_700_000_000_000)
        #expect((epoch + 1).toString == "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)1")
        #expect((epoch - 1).toNumber == -1)
    }

    @Test func buffers() async throws {
        let buffer = js.globals.Buffer
        let basic = try await buffer.from("AC123:secret")
        #expect(try await basic.invoke("toString", "base64").toString == "QUMxMjM6c2VjcmV0")
        #expect(try await buffer.from("QUMxMjM6c2VjcmV0", "base64").invoke("toString").toString == "AC123:secret")
        #expect(try await buffer.from("QUMxMjM6c2VjcmV0", "base64").invoke("toString", "utf8").toString == "AC123:secret")
        #expect(try await buffer.from("héllo").length.toNumber == 6)
        #expect(try await buffer.from("ff00", "hex").invoke("toString", "hex").toString == "ff00")
        #expect(try await buffer.from("a?b", "utf8").invoke("toString", "base64url").toString == "YT9i")
        #expect(try await buffer.isBuffer(basic).isTruthy)
        #expect(await thrownMessage { try await buffer.from("x", "klingon") } == "TypeError: Unknown encoding: klingon")
        #expect(await thrownMessage { try await buffer.from(1) }?.hasPrefix("TypeError: The first argument must be") == true)
    }

    @Test func errorsCarryNameMessageAndStack() async throws {
        let error = try await js.globals.RangeError.new("too big")
        #expect(error.name.toString == "RangeError")
        #expect(error.message.toString == "too big")
        #expect(error.stack.toString.hasPrefix("RangeError: too big"))
        #expect(try await error.invoke("toString").toString == "RangeError: too big")
        #expect(try await js.globals.Error().message.toString == "")
        #expect(try await js.globals.RegExp("a+", "g").test("caa").isTruthy)
        #expect(await thrownMessage { try await js.globals.RegExp("(") }?.hasPrefix("SyntaxError: Invalid regular expression: /(/") == true)
    }
}
