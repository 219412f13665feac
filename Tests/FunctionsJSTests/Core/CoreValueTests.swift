import FunctionsJS
import Testing

@Suite struct CoreValueTests {
    let js = CoreHarness()

    @Test func generatedCodeShapesCompileAndRun() async throws {
        let event: JSValue = ["Digits": "", "SpeechResult": "Sales please", "From": "+1555", "Body": "hi"]
        let context: JSValue = ["FORWARDING_NUMBERS": "+1555, +1666,+1777"]
        let twiml = JSValue.object(JSObject())
        twiml.objectValue?.defineMethod("gather", parameters: 1) { this, arguments in
            #expect(this.strictlyEquals(twiml))
            return arguments[0]
        }
        let gather = try await twiml.gather(["numDigits": 1, "action": "handle-user-input"])
        #expect(gather.numDigits.toNumber == 1)

        var userInput = event.Digits || event.SpeechResult
        #expect(userInput.isTruthy)
        let mentionsSales = try await userInput.toLowerCase().includes("sales")
        if (userInput.length > 1).isTruthy && mentionsSales.isTruthy { userInput = "1" }
        #expect((userInput === "1").isTruthy)
        #expect(try await (userInput.length > 0).and { try await userInput.startsWith("1") }.isTruthy)

        let s = JSValue.string("From: \(event.From). Body: \(event.Body)")
        #expect(s.toString == "From: +1555. Body: hi")

        let parts = try await context.FORWARDING_NUMBERS.split(JSValue.regex(pattern: ",\\s?", flags: ""))
        var seen: [String] = []
        _ = try await parts.forEach(
            JSValue.function("", parameters: 1) { _, arguments in
                seen.append(arguments[0].toString)
                return .undefined
            })
        #expect(seen == ["+1555", "+1666", "+1777"])

        let obj: JSValue = [:]
        obj.identity = "alice"
        obj["count"] = 1
        obj.count += 2
        #expect(try await js.json(obj) == #"{"identity":"alice","count":3}"#)
    }

    @Test func asyncFunctionsReturnSettledPromises() async throws {
        let promise = try await JSValue.asyncFunction("f", parameters: 0) { _, _ in throw JSThrow("boom") }()
        #expect(JSValue.typeof(promise).toString == "object")
        do {
            _ = try await promise.awaited()
            Issue.record("a rejected promise must throw when awaited")
        } catch {
            let err = JSValue(caught: error)
            #expect((err === "boom").isTruthy)
            #expect(err.message.isUndefined)
        }
        let fulfilled = try await JSValue.asyncFunction { _, _ in 42 }()
        #expect(try await fulfilled.awaited().toNumber == 42)
        #expect(try await JSValue.number(3).awaited().toNumber == 3)
    }

    @Test func nullishAndLogicalOperatorsPickOperands() async throws {
        let a: JSValue = .undefined
        let b: JSValue = 0
        #expect((a ?? "x").toString == "x")
        #expect((b ?? "x").toString == "0")
        #expect(b.nullish("y").toString == "0")
        #expect((b || "y").toString == "y")
        #expect((b && "y").toString == "0")
        #expect(await a.nullish { "z" }.toString == "z")
        #expect(await b.or { "w" }.toString == "w")
        let c: JSValue = "c"
        // A long chain of mixed literals must type-check quickly.
        let chained = a + "x" + b + 1 + c + 2.5 + "y" + c + b + 3 + a
        #expect(chained.toString == "undefinedx01c2.5yc03undefined")
    }

    @Test func memberReadsNeverThrowAndWritesToPrimitivesAreIgnored() {
        let undefinedValue: JSValue = .undefined
        #expect(undefinedValue.a.b.c.isUndefined)
        let null: JSValue = nil
        #expect(null.x.isUndefined)
        let text: JSValue = "abc"
        text.foo = 1
        #expect(text.foo.isUndefined)
        #expect(text.length.toNumber == 3)
        #expect(text[1].toString == "b")
        #expect(text[5].isUndefined)
        let array: JSValue = [1, 2]
        #expect(array[10].isUndefined)
        array[3] = 4
        #expect(array.length.toNumber == 4)
        array.length = 1
        #expect(array.toString == "1")
    }

    @Test func utf16IndexingMatchesJavaScript() async throws {
        let emoji: JSValue = "a😀b"
        #expect(emoji.length.toNumber == 4)
        #expect(try await emoji.slice(1, 3).toString == "😀")
        #expect(try await emoji.indexOf("b").toNumber == 3)
        #expect(try await emoji.charCodeAt(1).toNumber == 0xD83D)
        #expect(try await emoji.codePointAt(1).toNumber == 0x1F600)
        #expect(try await emoji.split("").length.toNumber == 4)
        #expect(JSValue.spreading([.spread(emoji)]).count == 3)
    }

    @Test(arguments: [
        (V.undefined, "TypeError: undefined is not a function"),
        (V.number(3), "TypeError: 3 is not a function"),
        (V.emptyObject, "TypeError: object Object is not a function"),
    ])
    func callingANonFunctionThrowsTypeError(value: V, message: String) async {
        let value = value.js
        #expect(await thrownMessage { try await value("x") } == message)
    }

    @Test func newOnANonConstructorThrowsTypeError() async throws {
        let arrow = JSValue.object(.makeFunction(name: "arrow", parameters: 0) { _, _ in .undefined })
        #expect(await thrownMessage { try await arrow.new() } == "TypeError: arrow is not a constructor")
        #expect(await thrownMessage { try await JSValue.string("x").new() } == #"TypeError: "x" is not a constructor"#)
    }

    @Test func ordinaryFunctionsConstructWithPrototypes() async throws {
        let point = JSValue.function("Point", parameters: 2) { this, arguments in
            this.x = arguments[0]
            this.y = arguments[1]
            return .undefined
        }
        point.prototype.sum = JSValue.function("sum") { this, _ in this.x + this.y }
        let made = try await point.new(1, 2)
        #expect(try await made.sum().toNumber == 3)
        #expect(made.instanceOf(point).isTruthy)
        #expect(!JSValue.object(JSObject()).instanceOf(point).isTruthy)
        #expect(try await point.prototype.isPrototypeOf(made).isTruthy)
        #expect(try await !made.isPrototypeOf(point.prototype).isTruthy)
    }

    @Test func methodReferencesKeepTheirReceiverUntilCalledOtherwise() async throws {
        let owner: JSValue = ["name": "owner"]
        owner.whoAmI = JSValue.function("whoAmI") { this, _ in this.name }
        let other: JSValue = ["name": "other"]
        let reference = owner.whoAmI
        #expect(try await reference().toString == "owner")
        #expect(try await reference.call(other).toString == "other")
        other.borrowed = owner.whoAmI
        #expect(try await other.borrowed().toString == "other")
        #expect((owner.whoAmI === other.borrowed).isTruthy)
        let bound = try await owner.whoAmI.bind(other)
        #expect(try await bound().toString == "other")
    }

    @Test func nativeObjectsExposeMethodsAccessorsAndTheirValue() async throws {
        final class Counter { var count = 0 }
        let object = JSObject(native: Counter(), className: "Counter")
        object.defineMethod("increment") { this, _ in
            guard let counter = this.native(as: Counter.self) else { throw JSThrow.typeError("not a counter") }
            counter.count += 1
            return .number(Double(counter.count))
        }
        object.defineAccessor("count", get: { this in .number(Double(this.native(as: Counter.self)?.count ?? -1)) }) { this, value in
            this.native(as: Counter.self)?.count = Int(value.toNumber)
        }
        let value = JSValue.object(object)
        _ = try await value.increment()
        value.count = 10
        _ = try await value.increment()
        #expect(value.count.toNumber == 11)
        #expect(value.native(as: Counter.self)?.count == 11)
        let constructor = JSValue.object(.makeConstructor(name: "Counter", parameters: 0, instanceClassName: "Counter") { _, _ in value })
        #expect(value.instanceOf(constructor).isTruthy)
    }

    @Test func caughtSwiftErrorsBecomeErrorObjectsWithoutTheirFields() {
        struct Secretive: Error { let authorization = "Basic c2VjcmV0" }
        let caught = JSValue(caught: Secretive())
        #expect(caught.name.toString == "Error")
        #expect(!caught.message.toString.contains("c2VjcmV0"))
        #expect(caught.message.toString == "Secretive")

        struct Described: Error, CustomStringConvertible { var description: String { "the REST call failed" } }
        #expect(JSValue(caught: Described()).message.toString == "the REST call failed")
        #expect(JSThrow(JSValue(caught: Described())).underlyingError is Described)

        struct Converted: JSErrorConvertible { var jsError: JSValue { ["status": 404] } }
        #expect(JSValue(caught: Converted()).status.toNumber == 404)
    }

    @Test func deepRecursionThrowsRangeErrorInsteadOfCrashing() async {
        var recurse: JSValue = .undefined
        recurse = JSValue.function("recurse") { _, _ in try await recurse() }
        #expect(await thrownMessage { try await recurse() } == "RangeError: Maximum call stack size exceeded")
    }

    @Test func typeofAndInstanceofFollowJavaScript() async throws {
        #expect(JSValue.typeof(nil).toString == "object")
        #expect(JSValue.typeof(.undefined).toString == "undefined")
        #expect(JSValue.typeof(js.globals.parseInt).toString == "function")
        let error = try await js.globals.TypeError.new("bad")
        #expect(error.instanceOf(js.globals.Error).isTruthy)
        #expect(error.instanceOf(js.globals.TypeError).isTruthy)
        #expect(!error.instanceOf(js.globals.RangeError).isTruthy)
        #expect(JSValue.array([]).instanceOf(js.globals.Array).isTruthy)
        #expect(JSValue.string("length").isIn([1]).isTruthy)
        #expect(!JSValue.string("x").isIn("str").isTruthy)
        let object: JSValue = ["a": 1, "b": 2]
        object.delete("a")
        #expect(try await js.json(object) == #"{"b":2}"#)
    }
}
