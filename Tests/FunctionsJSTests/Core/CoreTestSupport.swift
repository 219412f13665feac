import FunctionsJS

/// Fresh standard globals for one test, and a JSON rendering to compare results with what V8 prints.
struct CoreHarness {
    let globals = JSValue.object(JSGlobals.standard())

    var JSON: JSValue { globals.JSON }

    func json(_ value: JSValue) async throws -> String {
        try await globals.JSON.stringify(value).toString
    }

    /// Calls `receiver[method](arguments…)`.
    func call(_ receiver: JSValue, _ method: String, _ arguments: [JSValue]) async throws -> JSValue {
        try await receiver.get(method).call(arguments: arguments)
    }
}

/// The thrown error's `name: message`, or nil when nothing was thrown.
func thrownMessage(_ body: () async throws -> JSValue) async -> String? {
    do {
        _ = try await body()
        return nil
    } catch {
        return JSValue(caught: error).toString
    }
}

/// A Sendable description of a JavaScript value, so `@Test(arguments:)` tables can hold values.
enum V: Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    case undefined, null, emptyObject
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([V])

    init(stringLiteral value: String) { self = .string(value) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: V...) { self = .array(elements) }
    init(nilLiteral: ()) { self = .null }

    var js: JSValue {
        switch self {
        case .undefined: .undefined
        case .null: .null
        case .emptyObject: .object(JSObject())
        case .bool(let value): .bool(value)
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        case .array(let values): .array(values.map(\.js))
        }
    }
}
