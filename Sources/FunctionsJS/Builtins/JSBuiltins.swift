/// A builtin method shared by every value of a kind (`String.prototype.trim`, `Array.prototype.map`, …).
struct JSBuiltinMethod: Sendable {
    let parameters: Int
    let body: @Sendable (_ this: JSValue, _ arguments: [JSValue]) async throws -> JSValue

    init(_ parameters: Int, _ body: @escaping @Sendable (_ this: JSValue, _ arguments: [JSValue]) async throws -> JSValue) {
        self.parameters = parameters
        self.body = body
    }
}

/// Where the builtin methods of each kind of value are found, after an object's own prototype chain.
enum JSBuiltins {
    /// The method `key` every object of this kind has (falling back to `Object.prototype`'s).
    static func method(for object: JSObject, _ key: String) -> JSValue? {
        let table: [String: JSBuiltinMethod]
        switch object.kind {
        case .array: table = arrayMethods
        case .function: table = functionMethods
        case .error: table = errorMethods
        case .promise: table = promiseMethods
        case .regex: table = regexMethods
        case .date: table = dateMethods
        case .native where object.nativeValue is JSBuffer: table = bufferMethods
        case .native:
            if let boxed = object.nativeValue as? JSBoxedPrimitive, let method = primitiveMethod(for: boxed.value, key) {
                return method
            }
            table = [:]
        default: table = [:]
        }
        if let method = table[key] ?? objectMethods[key] { return make(key, method) }
        return nil
    }

    /// The method `key` of a string, number or boolean.
    static func primitiveMethod(for value: JSValue, _ key: String) -> JSValue? {
        let table: [String: JSBuiltinMethod]
        switch value {
        case .string: table = stringMethods
        case .number: table = numberMethods
        case .bool: table = booleanMethods
        default: return nil
        }
        if let method = table[key] ?? objectMethods[key] { return make(key, method) }
        return nil
    }

    static func make(_ name: String, _ method: JSBuiltinMethod) -> JSValue {
        .object(.makeFunction(name: name, parameters: method.parameters, method.body))
    }

    /// A prototype object exposing a table's methods (`Array.prototype`, …), for code that reads them directly.
    static func prototypeObject(_ table: [String: JSBuiltinMethod]) -> JSObject {
        let prototype = JSObject()
        for (name, method) in table.sorted(by: { $0.key < $1.key }) {
            prototype.define(name, make(name, method), enumerable: false)
        }
        return prototype
    }

    /// `object instanceof constructor`.
    static func isInstance(_ object: JSObject, of constructor: JSObject) -> Bool {
        if let className = constructor.function?.instanceClassName {
            switch className {
            case "Object": return true
            case "Array": return object.kind == .array
            case "Function": return object.kind == .function
            case "Error": return object.kind == .error
            case "Promise": return object.kind == .promise
            case "RegExp": return object.kind == .regex
            case "Date": return object.kind == .date
            default:
                var current: JSObject? = object
                var depth = 0
                while let candidate = current, depth < 10_000 {
                    if candidate.className == className { return true }
                    current = candidate.prototype
                    depth += 1
                }
                return false
            }
        }
        guard case .object(let prototype) = constructor.get("prototype") else { return false }
        return hasInPrototypeChain(object, prototype)
    }

    /// Whether `prototype` is on `object`'s prototype chain (not `object` itself); a chain longer
    /// than 10,000 links, which only a cycle makes, counts as not found.
    static func hasInPrototypeChain(_ object: JSObject, _ prototype: JSObject) -> Bool {
        var current = object.prototype
        var depth = 0
        while let candidate = current, depth < 10_000 {
            if candidate === prototype { return true }
            current = candidate.prototype
            depth += 1
        }
        return false
    }
}
