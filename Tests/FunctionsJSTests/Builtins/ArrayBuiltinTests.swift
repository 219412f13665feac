import FunctionsJS
import Testing

@Suite struct ArrayBuiltinTests {
    let js = CoreHarness()

    /// (receiver as JSON, method, arguments as a JSON array, result and receiver afterwards as V8's JSON.stringify prints them).
    @Test(arguments: [
        (#"[1,2,3]"#, "push", #"[4,5]"#, #"5"#, #"[1,2,3,4,5]"#),
        (#"[1,2,3]"#, "pop", #"[]"#, #"3"#, #"[1,2]"#),
        (#"[]"#, "pop", #"[]"#, #"undefined"#, #"[]"#),
        (#"[1,2,3]"#, "shift", #"[]"#, #"1"#, #"[2,3]"#),
        (#"[1,2,3]"#, "unshift", #"[0]"#, #"4"#, #"[0,1,2,3]"#),
        (#"[1,2,3,4]"#, "slice", #"[1,-1]"#, #"[2,3]"#, #"[1,2,3,4]"#),
        (#"[1,2,3,4]"#, "slice", #"[-2]"#, #"[3,4]"#, #"[1,2,3,4]"#),
        (#"[1,2,3,4,5]"#, "splice", #"[1,2,"a"]"#, #"[2,3]"#, #"[1,"a",4,5]"#),
        (#"[1,2,3,4,5]"#, "splice", #"[2]"#, #"[3,4,5]"#, #"[1,2]"#),
        (#"[1,2,3,4,5]"#, "splice", #"[-1,1]"#, #"[5]"#, #"[1,2,3,4]"#),
        (#"[1,2]"#, "concat", #"[[3,[4]],5]"#, #"[1,2,3,[4],5]"#, #"[1,2]"#),
        (#"[1,null,3,[4,5]]"#, "join", #"["-"]"#, #""1--3-4,5""#, #"[1,null,3,[4,5]]"#),
        (#"[1,2]"#, "join", #"[]"#, #""1,2""#, #"[1,2]"#),
        (#"[1,2,3,2]"#, "indexOf", #"[2]"#, #"1"#, #"[1,2,3,2]"#),
        (#"[1,2,3,2]"#, "lastIndexOf", #"[2]"#, #"3"#, #"[1,2,3,2]"#),
        (#"[1,2,3,2]"#, "indexOf", #"[2,2]"#, #"3"#, #"[1,2,3,2]"#),
        (#"[1,2,3]"#, "includes", #"[2]"#, #"true"#, #"[1,2,3]"#),
        (#"[1,2,3]"#, "includes", #"[4]"#, #"false"#, #"[1,2,3]"#),
        (#"[1,2,3]"#, "reverse", #"[]"#, #"[3,2,1]"#, #"[3,2,1]"#),
        (#"[3,1,10,2]"#, "sort", #"[]"#, #"[1,10,2,3]"#, #"[1,10,2,3]"#),
        (#"["b","a","C"]"#, "sort", #"[]"#, #"["C","a","b"]"#, #"["C","a","b"]"#),
        (#"[1,[2,[3,[4]]]]"#, "flat", #"[]"#, #"[1,2,[3,[4]]]"#, #"[1,[2,[3,[4]]]]"#),
        (#"[1,[2,[3,[4]]]]"#, "flat", #"[2]"#, #"[1,2,3,[4]]"#, #"[1,[2,[3,[4]]]]"#),
        (#"[1,2,3]"#, "at", #"[-1]"#, #"3"#, #"[1,2,3]"#),
        (#"[1,2,3]"#, "at", #"[5]"#, #"undefined"#, #"[1,2,3]"#),
        (#"[1,2,3]"#, "fill", #"[0,1]"#, #"[1,0,0]"#, #"[1,0,0]"#),
        (#"["a","b"]"#, "entries", #"[]"#, #"[[0,"a"],[1,"b"]]"#, #"["a","b"]"#),
        (#"["a","b"]"#, "keys", #"[]"#, #"[0,1]"#, #"["a","b"]"#),
        (#"[1,2]"#, "toString", #"[]"#, #""1,2""#, #"[1,2]"#),
        (#"[]"#, "join", #"[]"#, #""""#, #"[]"#),
    ])
    func arrayMethod(receiver: String, method: String, arguments: String, expected: String, after: String) async throws {
        let value = try await js.JSON.parse(.string(receiver))
        let list = try await js.JSON.parse(.string(arguments))
        let result = try await js.call(value, method, list.iteratedValues)
        #expect(try await js.json(result) == expected)
        #expect(try await js.json(value) == after)
    }

    @Test func spliceWithUndefinedCountRemovesNothing() async throws {
        let array: JSValue = [1, 2, 3]
        #expect(try await js.json(array.splice(1, .undefined)) == "[]")
        #expect(try await js.json(array.splice(1)) == "[2,3]")
    }

    @Test func callbackMethodsCallJavaScriptFunctions() async throws {
        let numbers: JSValue = [3, 1, 4, 1, 5]
        let double = JSValue.function("double", parameters: 1) { _, arguments in arguments[0] * 2 }
        let isOdd = JSValue.function("isOdd", parameters: 1) { _, arguments in (arguments[0] % 2) === 1 }
        let add = JSValue.function("add", parameters: 2) { _, arguments in arguments[0] + arguments[1] }
        let withIndex = JSValue.function("withIndex", parameters: 2) { _, arguments in .array([arguments[0], arguments[1]]) }
        #expect(try await js.json(numbers.map(double)) == "[6,2,8,2,10]")
        #expect(try await js.json(numbers.filter(isOdd)) == "[3,1,1,5]")
        #expect(try await numbers.find(isOdd).toNumber == 3)
        #expect(try await numbers.findIndex(JSValue.function { _, arguments in arguments[0] === 4 }).toNumber == 2)
        #expect(try await numbers.findLast(isOdd).toNumber == 5)
        #expect(try await numbers.some(JSValue.function { _, arguments in arguments[0] > 4 }).isTruthy)
        #expect(!(try await numbers.every(isOdd)).isTruthy)
        #expect(try await numbers.reduce(add).toNumber == 14)
        #expect(try await numbers.reduce(add, "").toString == "31415")
        #expect(try await numbers.reduceRight(add, "").toString == "51413")
        #expect(try await js.json(JSValue.array(["a", "b"]).flatMap(withIndex)) == #"["a",0,"b",1]"#)
        let descending = JSValue.function("descending", parameters: 2) { _, arguments in arguments[1] - arguments[0] }
        #expect(try await js.json(numbers.sort(descending)) == "[5,4,3,1,1]")
        #expect(try await js.json(numbers) == "[5,4,3,1,1]")
    }

    @Test func sortIsStableAndPutsUndefinedLast() async throws {
        let records = try await js.JSON.parse(#"[{"k":1,"n":"a"},{"k":0,"n":"b"},{"k":1,"n":"c"},{"k":0,"n":"d"}]"#)
        let byKey = JSValue.function("byKey", parameters: 2) { _, arguments in arguments[0].k - arguments[1].k }
        _ = try await records.sort(byKey)
        #expect(try await js.json(records.map(JSValue.function { _, arguments in arguments[0].n })) == #"["b","d","a","c"]"#)
        let mixed: JSValue = [.undefined, 10, nil, 9, "b"]
        _ = try await mixed.sort()
        #expect(try await js.json(mixed) == #"[10,9,"b",null,null]"#)
        #expect(mixed[4].isUndefined)
    }

    @Test func badCallbacksThrowTypeErrors() async {
        let array: JSValue = [1]
        #expect(await thrownMessage { try await array.map(1) } == "TypeError: 1 is not a function")
        #expect(await thrownMessage { try await JSValue.array([]).reduce(JSValue.function { _, _ in 0 }) }
            == "TypeError: Reduce of empty array with no initial value")
        #expect(await thrownMessage { try await array.sort("x") }
            == "TypeError: The comparison function must be either a function or undefined")
    }

    @Test func arrayStatics() async throws {
        let array = js.globals.Array
        #expect(try await array.isArray([1]).isTruthy)
        #expect(!(try await array.isArray("x")).isTruthy)
        #expect(try await js.json(array.from("héllo")) == #"["h","é","l","l","o"]"#)
        #expect(try await js.json(array.from(["length": 2])) == "[null,null]")
        #expect(try await js.json(array.of(7)) == "[7]")
        #expect(try await js.json(array.new(3)) == "[null,null,null]")
        #expect(await thrownMessage { try await array.new(-1) } == "RangeError: Invalid array length")
        #expect(try await js.json(JSValue.array(JSValue.spreading([.value(0), .spread([1, 2]), .spread("ab")]))) == #"[0,1,2,"a","b"]"#)
    }
}

@Suite struct ArrayConstructorTests {
    @Test func arrayWithNoArgumentsIsEmpty() async throws {
        let js = CoreHarness()
        #expect(try await js.json(js.globals.Array()) == "[]")
        #expect(try await js.json(js.globals.Array("a", "b")) == #"["a","b"]"#)
        #expect(try await js.globals.String().toString == "")
    }
}
