import FunctionsJS
import Testing

@Suite struct StringBuiltinTests {
    let js = CoreHarness()

    /// (receiver as JSON, method, arguments as a JSON array, result as V8's JSON.stringify prints it).
    @Test(arguments: [
        (#""Hello World""#, "toLowerCase", #"[]"#, #""hello world""#),
        (#""Hello World""#, "toUpperCase", #"[]"#, #""HELLO WORLD""#),
        (#""  pad  ""#, "trim", #"[]"#, #""pad""#),
        (#""  pad  ""#, "trimStart", #"[]"#, #""pad  ""#),
        (#""  pad  ""#, "trimEnd", #"[]"#, #""  pad""#),
        (#""sales dept""#, "includes", #"["sales"]"#, #"true"#),
        (#""sales dept""#, "includes", #"["sales",1]"#, #"false"#),
        (#""sales dept""#, "startsWith", #"["dept",6]"#, #"true"#),
        (#""sales dept""#, "endsWith", #"["sales",5]"#, #"true"#),
        (#""abcabc""#, "indexOf", #"["c"]"#, #"2"#),
        (#""abcabc""#, "indexOf", #"["c",3]"#, #"5"#),
        (#""abcabc""#, "lastIndexOf", #"["c"]"#, #"5"#),
        (#""abcabc""#, "lastIndexOf", #"["c",4]"#, #"2"#),
        (#""abcdef""#, "slice", #"[1,-1]"#, #""bcde""#),
        (#""abcdef""#, "slice", #"[-2]"#, #""ef""#),
        (#""abcdef""#, "slice", #"[4,2]"#, #""""#),
        (#""abcdef""#, "substring", #"[4,1]"#, #""bcd""#),
        (#""abcdef""#, "substring", #"[-3]"#, #""abcdef""#),
        (#""abcdef""#, "substr", #"[-3,2]"#, #""de""#),
        (#""abcdef""#, "substr", #"[1]"#, #""bcdef""#),
        (#""a,b,,c""#, "split", #"[","]"#, #"["a","b","","c"]"#),
        (#""a,b,,c""#, "split", #"[",",2]"#, #"["a","b"]"#),
        (#""abc""#, "split", #"[""]"#, #"["a","b","c"]"#),
        (#""abc""#, "split", #"[]"#, #"["abc"]"#),
        (#""""#, "split", #"[","]"#, #"[""]"#),
        (#""""#, "split", #"[""]"#, #"[]"#),
        (#""a1b2c3""#, "replace", #"["b","X"]"#, #""a1X2c3""#),
        (#""aaa""#, "replace", #"["a","$&$&"]"#, #""aaaa""#),
        (#""aaa""#, "replaceAll", #"["a","b"]"#, #""bbb""#),
        (#""abc""#, "replaceAll", #"["","-"]"#, #""-a-b-c-""#),
        (#""x""#, "replace", #"["x","$$"]"#, #""$""#),
    ])
    func stringMethod(receiver: String, method: String, arguments: String, expected: String) async throws {
        let value = try await js.JSON.parse(.string(receiver))
        let list = try await js.JSON.parse(.string(arguments))
        let result = try await js.call(value, method, list.iteratedValues)
        #expect(try await js.json(result) == expected)
    }

    @Test func regularExpressionsSplitReplaceAndMatch() async throws {
        let text: JSValue = "+1555, +1666,+1777"
        #expect(try await js.json(text.split(JSValue.regex(pattern: ",\\s?", flags: ""))) == #"["+1555","+1666","+1777"]"#)
        #expect(try await js.json(JSValue.string("a1b22c").split(JSValue.regex(pattern: "(\\d+)", flags: ""))) == #"["a","1","b","22","c"]"#)
        #expect(try await js.json(JSValue.string("abc").split(JSValue.regex(pattern: "", flags: ""))) == #"["a","b","c"]"#)
        #expect(try await JSValue.string("2024-03-05").replace(JSValue.regex(pattern: "(\\d+)-(\\d+)-(\\d+)", flags: ""), "$3/$2/$1").toString == "05/03/2024")
        #expect(try await JSValue.string("aAbB").replace(JSValue.regex(pattern: "[a-z]", flags: "g"), "_").toString == "_A_B")
        #expect(try await JSValue.string("aAbB").replace(JSValue.regex(pattern: "b", flags: "gi"), "x").toString == "aAxx")
        #expect(
            try await JSValue.string("john smith").replace(
                JSValue.regex(pattern: "(?<first>\\w+) (?<last>\\w+)", flags: ""), "$<last>, $<first>"
            ).toString == "smith, john")
        let upper = JSValue.function("upper", parameters: 1) { _, arguments in try await arguments[0].invoke("toUpperCase") }
        #expect(try await JSValue.string("a-b-c").replace(JSValue.regex(pattern: "[a-z]", flags: "g"), upper).toString == "A-B-C")
        #expect(try await js.json(JSValue.string("a1b2").match(JSValue.regex(pattern: "\\d", flags: "g"))) == #"["1","2"]"#)
        #expect(try await JSValue.string("abc").match(JSValue.regex(pattern: "\\d", flags: "g")).isNullish)
        let match = try await JSValue.string("xa1").match(JSValue.regex(pattern: "a(\\d)", flags: ""))
        #expect(try await js.json(match) == #"["a1","1"]"#)
        #expect(match.index.toNumber == 1)
        #expect(try await JSValue.string("a\nb").replace(JSValue.regex(pattern: "$", flags: ""), "!").toString == "a\nb!")
        #expect(try await JSValue.string("a\nb").replace(JSValue.regex(pattern: "$", flags: "gm"), "!").toString == "a!\nb!")
        #expect(try await JSValue.string("x").replace(JSValue.regex(pattern: "[^]", flags: ""), "y").toString == "y")
    }

    @Test func regexTestAndExecHonourLastIndex() async throws {
        let regex = JSValue.regex(pattern: "o", flags: "g")
        #expect(try await regex.test("foo").isTruthy)
        #expect(regex.lastIndex.toNumber == 2)
        #expect(try await regex.test("foo").isTruthy)
        #expect(!(try await regex.test("foo")).isTruthy)
        #expect(regex.lastIndex.toNumber == 0)
        #expect(try await JSValue.regex(pattern: "^\\+1\\d{3}$", flags: "").test("+1555").isTruthy)
        #expect(regex.source.toString == "o")
        #expect(regex.toString == "/o/g")
    }

    @Test func badUseThrowsJavaScriptErrors() async {
        #expect(await thrownMessage { try await JSValue.regex(pattern: "(", flags: "").test("x") }?.hasPrefix("SyntaxError: Invalid regular expression") == true)
        #expect(await thrownMessage { try await JSValue.string("x").includes(JSValue.regex(pattern: "x", flags: "")) }
            == "TypeError: First argument to String.prototype.includes must not be a regular expression")
        #expect(await thrownMessage { try await JSValue.string("x").repeat(-1) } == "RangeError: Invalid count value: -1")
        #expect(await thrownMessage { try await JSValue.string("x").repeat(1e10) } == "RangeError: Invalid string length")
        #expect(await thrownMessage { try await JSValue.string("a").replaceAll(JSValue.regex(pattern: "a", flags: ""), "b") }
            == "TypeError: replaceAll must be called with a global RegExp")
    }
}
