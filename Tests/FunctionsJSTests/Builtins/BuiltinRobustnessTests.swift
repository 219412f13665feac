import FunctionsJS
import Testing

/// Every builtin method, called with awkward arguments, answers or throws a JavaScript error; none crashes.
@Suite struct BuiltinRobustnessTests {
    static let awkward: [V] = [.undefined, nil, -1, .number(.nan), .number(.infinity), .number(-.infinity), 1e10, 2.5, "", "x", [], .emptyObject, true]

    @Test(arguments: ["String", "Array", "Number", "Object", "Date", "RegExp", "Promise", "Error", "Buffer"])
    func prototypeMethodsSurviveAwkwardArguments(constructorName: String) async throws {
        let js = CoreHarness()
        let constructor = js.globals.getProperty(constructorName)
        let names = try await js.globals.Object.getOwnPropertyNames(constructor.prototype).iteratedValues.map(\.toString)
        #expect(!names.isEmpty)
        let receivers: [JSValue] = [
            "a😀bc", [1, "b", nil, [2]], 12.5, ["k": 1], try await js.globals.Date.new(0), .regex(pattern: "b", flags: "g"),
            .resolvedPromise(1), .makeError("Error", "m"), try await js.globals.Buffer.from("hi"),
        ]
        for name in names where name != "constructor" {
            for receiver in receivers {
                let method = constructor.prototype.getProperty(name)
                for first in Self.awkward {
                    for second in [V.undefined, -1, "y", 1e10] {
                        _ = try? await method.call(this: receiver, arguments: [first.js, second.js])
                    }
                }
            }
        }
    }

    @Test func staticFunctionsSurviveAwkwardArguments() async throws {
        let js = CoreHarness()
        for holder in ["Object", "Array", "String", "Number", "Math", "JSON", "Date", "Promise", "Buffer"] {
            let object = js.globals.getProperty(holder)
            let names = try await js.globals.Object.getOwnPropertyNames(object).iteratedValues.map(\.toString)
            for name in names where object.getProperty(name).isCallable {
                for first in Self.awkward {
                    for second in [V.undefined, 2, "base64", [1]] {
                        _ = try? await object.getProperty(name).call(arguments: [first.js, second.js])
                    }
                }
            }
        }
        for name in ["parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI"] {
            for first in Self.awkward + ["%", "%zz", "%ff%ff"] {
                _ = try? await js.globals.getProperty(name).call(arguments: [first.js, 36])
            }
        }
    }
}
