import FunctionsJS
import Testing
import TwilioWire

@Suite struct JSONTests {
    let js = CoreHarness()

    func stringify(_ value: JSValue, _ replacer: JSValue = .undefined, _ space: JSValue = .undefined) async throws -> String {
        try await js.JSON.stringify(value, replacer, space).toString
    }

    @Test func stringifyPrintsWhatV8Prints() async throws {
        #expect(try await stringify(1, nil, "\t") == "1")
        let nested: JSValue = ["a": [1, ["b": 2]], "c": "x"]
        #expect(try await stringify(nested, nil, 2) == "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\"\n}")
        let skipped: JSValue = [.undefined, JSValue.function { _, _ in 1 }, .number(.nan)]
        #expect(try await stringify(skipped) == "[null,null,null]")
        let members: JSValue = ["a": .undefined, "b": JSValue.function { _, _ in 1 }, "c": nil]
        #expect(try await stringify(members) == #"{"c":null}"#)
        #expect(try await stringify("\u{01}\"\\\n\u{2028}é😀") == "\"\\u0001\\\"\\\\\\n\u{2028}é😀\"")
        #expect(try await stringify(["b": 1, "a": 2, "1": 3, "0": 4]) == #"{"0":4,"1":3,"b":1,"a":2}"#)
        #expect(try await stringify(["a": 1, "b": 2, "c": 3], ["c", "a"]) == #"{"c":3,"a":1}"#)
        #expect(try await stringify(["a": ["b": 1]], nil, "--") == "{\n--\"a\": {\n----\"b\": 1\n--}\n}")
        #expect(try await stringify([], nil, 2) == "[]")
        #expect(try await stringify([:], nil, 2) == "{}")
        #expect(try await stringify(1e21) == "1e+21")
        #expect(try await stringify(-0.0) == "0")
        #expect(try await stringify(["d": js.globals.Date.new(0)]) == #"{"d":"1970-01-01T00:00:00.000Z"}"#)
        #expect(try await stringify(js.globals.Error.new("x")) == "{}")
        #expect(try await stringify([[]], nil, 2) == "[\n  []\n]")
        #expect(try await stringify(["a": 1, "b": [1, 2]], nil, 20) == "{\n          \"a\": 1,\n          \"b\": [\n                    1,\n                    2\n          ]\n}")
        #expect(try await js.JSON.stringify(.undefined).isUndefined)
    }

    @Test func stringifyCallsToJSONAndReplacerFunctions() async throws {
        let withToJSON: JSValue = ["toJSON": JSValue.function { _, arguments in .string("key=\(arguments[0])") }]
        #expect(try await stringify(["x": withToJSON]) == #"{"x":"key=x"}"#)
        let replacer = JSValue.function("replacer", parameters: 2) { _, arguments in
            if case .number = arguments[1] { return arguments[1] * 10 }
            return arguments[1]
        }
        #expect(try await stringify(["a": 1, "b": "s", "c": [2]], replacer) == #"{"a":10,"b":"s","c":[20]}"#)
        #expect(try await stringify(js.globals.Buffer.from("hi")) == #"{"type":"Buffer","data":[104,105]}"#)
    }

    @Test func circularStructuresThrowTypeError() async {
        let object: JSValue = [:]
        object.me = object
        #expect(await thrownMessage { try await js.JSON.stringify(object) } == "TypeError: Converting circular structure to JSON")
    }

    @Test func parseKeepsOrderAndTypes() async throws {
        let parsed = try await js.JSON.parse(#"{"b":[1,2.5,"x",true,null],"a":{"n":-1e3}}"#)
        #expect(try await stringify(parsed) == #"{"b":[1,2.5,"x",true,null],"a":{"n":-1000}}"#)
        #expect(try await js.JSON.parse("  42 ").toNumber == 42)
        let reviver = JSValue.function("reviver", parameters: 2) { _, arguments in
            if case .number = arguments[1] { return arguments[1] + 1 }
            return arguments[1]
        }
        #expect(try await stringify(js.JSON.parse("[1,{\"a\":2}]", reviver)) == #"[2,{"a":3}]"#)
    }

    @Test(arguments: ["{", "{'a':1}", "", "[1,]", "undefined", "{\"a\":1}x"])
    func parseRejectsBadInputWithSyntaxError(text: String) async {
        let message = await thrownMessage { try await js.JSON.parse(.string(text)) }
        #expect(message?.hasPrefix("SyntaxError: ") == true)
        #expect(message?.contains("is not valid JSON") == true)
    }

    @Test func toJSONConvertsForBridges() throws {
        let value: JSValue = ["n": 1, "d": 1.5, "s": "x", "u": .undefined, "list": [.undefined, nil]]
        let json = try #require(value.toJSON)
        #expect(json.jsonString == #"{"n":1,"d":1.5,"s":"x","list":[null,null]}"#)
        #expect(JSValue(json: json).list.length.toNumber == 2)
    }
}
