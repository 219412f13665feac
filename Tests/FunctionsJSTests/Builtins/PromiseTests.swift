import FunctionsJS
import Testing

@Suite struct PromiseTests {
    let js = CoreHarness()

    @Test func thenCatchAndFinallyRunAtOnce() async throws {
        let promise = js.globals.Promise
        let resolved = try await promise.resolve(2)
        let doubled = try await resolved.then(JSValue.function { _, arguments in arguments[0] * 2 })
        #expect(try await doubled.awaited().toNumber == 4)
        let rejected = try await promise.reject("no")
        let recovered = try await rejected.catch(JSValue.function { _, arguments in "caught " + arguments[0] })
        #expect(try await recovered.awaited().toString == "caught no")
        var ranFinally = false
        let finished = try await rejected.finally(JSValue.function { _, _ in
            ranFinally = true
            return .undefined
        })
        #expect(ranFinally)
        #expect(await thrownMessage { try await finished.awaited() } == "no")
        let flattened = try await resolved.then(JSValue.function { _, _ in try await promise.resolve("inner") })
        #expect(try await flattened.awaited().toString == "inner")
        let thrown = try await resolved.then(JSValue.function { _, _ in throw JSThrow("thrown") })
        #expect(await thrownMessage { try await thrown.awaited() } == "thrown")
        let passedThrough = try await rejected.then(JSValue.function { _, _ in "not called" })
        #expect(await thrownMessage { try await passedThrough.awaited() } == "no")
    }

    @Test func promiseConstructorRunsTheExecutor() async throws {
        let made = try await js.globals.Promise.new(JSValue.function("executor", parameters: 2) { _, arguments in
            _ = try await arguments[0]("done")
            _ = try await arguments[1]("ignored")
            return .undefined
        })
        #expect(try await made.awaited().toString == "done")
        let throwing = try await js.globals.Promise.new(JSValue.function("executor", parameters: 2) { _, _ in throw JSThrow("bad") })
        #expect(await thrownMessage { try await throwing.awaited() } == "bad")
        let never = try await js.globals.Promise.new(JSValue.function("executor", parameters: 2) { _, _ in .undefined })
        #expect(await thrownMessage { try await never.awaited() }
            == "Error: a promise that is never settled synchronously is not supported in the Swift port")
        #expect(await thrownMessage { try await js.globals.Promise.new(1) } == "TypeError: Promise resolver 1 is not a function")
        #expect(await thrownMessage { try await js.globals.Promise(JSValue.function { _, _ in .undefined }) }
            == "TypeError: Class constructor Promise cannot be invoked without 'new'")
    }

    @Test func combinators() async throws {
        let promise = js.globals.Promise
        let one = try await promise.resolve(1)
        let failure = try await promise.reject(try await js.globals.Error.new("nope"))
        #expect(try await js.json(promise.all([one, 2]).awaited()) == "[1,2]")
        #expect(await thrownMessage { try await promise.all([one, failure]).awaited() } == "Error: nope")
        #expect(try await js.json(promise.allSettled([one, failure]).awaited())
            == #"[{"status":"fulfilled","value":1},{"status":"rejected","reason":{}}]"#)
        #expect(try await promise.race([one, failure]).awaited().toNumber == 1)
        #expect(try await promise.any([failure, one]).awaited().toNumber == 1)
    }

    @Test func thenablesAreAdopted() async throws {
        let thenable: JSValue = ["then": JSValue.function("then", parameters: 2) { _, arguments in
            _ = try await arguments[0]("from thenable")
            return .undefined
        }]
        #expect(try await thenable.awaited().toString == "from thenable")
        #expect(try await js.globals.Promise.resolve(thenable).awaited().toString == "from thenable")
    }
}
