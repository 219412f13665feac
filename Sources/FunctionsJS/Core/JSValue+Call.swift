/// One part of an argument list or array literal that may spread an iterable: `f(a, ...b)`.
public enum JSSpreadPart {
    /// One value.
    case value(JSValue)
    /// `...iterable`: an array's elements, a string's characters.
    case spread(JSValue)
}

/// One part of an object literal that may spread another object: `{ a: 1, ...b }`.
public enum JSObjectPart {
    /// `key: value`.
    case property(String, JSValue)
    /// `...object`: its own enumerable properties (nothing for `null`, `undefined` and numbers).
    case spread(JSValue)
}

extension JSValue {
    /// `f(a, b)`: calls the function with this value's default receiver (the object a method was read from).
    @discardableResult
    public func dynamicallyCall(withArguments arguments: [JSValue]) async throws -> JSValue {
        try await call(this: nil, arguments: arguments)
    }

    /// Calls the function with `this` (nil keeps the receiver a method was read from).
    ///
    /// Throws a TypeError when this value is not a function.
    @discardableResult
    public func call(this: JSValue? = nil, arguments: [JSValue]) async throws -> JSValue {
        guard case .object(let function) = self, function.isCallable else {
            throw JSThrow.typeError("\(debugName) is not a function")
        }
        return try await function.invoke(this: this, arguments: arguments)
    }

    /// `f.call(this, a, b)` in Swift spelling.
    @discardableResult
    public func call(this: JSValue?, _ arguments: JSValue...) async throws -> JSValue {
        try await call(this: this, arguments: arguments)
    }

    /// `f.call(thisArg, a, b)` exactly as JavaScript spells it.
    @discardableResult
    public func call(_ thisArgument: JSValue = .undefined, _ arguments: JSValue...) async throws -> JSValue {
        try await call(this: thisArgument, arguments: arguments)
    }

    /// `f.apply(thisArg, [a, b])` exactly as JavaScript spells it: the array's elements are the arguments.
    public func apply(_ thisArgument: JSValue = .undefined, _ arguments: JSValue = .undefined) async throws -> JSValue {
        try await call(this: thisArgument, arguments: JSValue.spreading([.spread(arguments)]))
    }

    /// `x.name(a, b)` for a method whose name is also a Swift member of `JSValue` (`x.toString()`, `x.get(k)`):
    /// see ``reservedMemberNames``.
    @discardableResult
    public func invoke(_ name: String, _ arguments: JSValue...) async throws -> JSValue {
        try await get(name).call(this: nil, arguments: arguments)
    }

    /// `x.name(...arguments)` for a reserved method name.
    @discardableResult
    public func invoke(_ name: String, arguments: [JSValue]) async throws -> JSValue {
        try await get(name).call(this: nil, arguments: arguments)
    }

    /// Property names that `x.name` cannot reach through dynamic member lookup because `JSValue` has a Swift member
    /// of that name: generated code reads them as `x["name"]` and calls them with ``invoke(_:_:)``.
    public static let reservedMemberNames: Set<String> = [
        "toString", "toNumber", "toJSON", "toPrimitive", "toInt32", "toUInt32", "toIntegerOrInfinity", "description",
        "isTruthy", "isNullish", "isUndefined", "isCallable", "objectValue", "stringValue", "numberValue", "promiseState",
        "propertyKey", "iteratedValues", "typeName", "get", "set", "getProperty", "setProperty", "delete", "call", "apply", "new", "invoke", "and", "or",
        "nullish", "instanceOf", "isIn", "awaited", "native", "strictlyEquals", "looselyEquals", "array", "object",
        "function", "asyncFunction", "regex", "string", "number", "bool", "undefined", "null", "buffer", "spreading",
        "typeof", "power", "bitwise", "makeError", "resolvedPromise", "rejectedPromise", "promise", "reservedMemberNames",
    ]

    /// `new F(a, b)`.
    @discardableResult
    public func new(_ arguments: JSValue...) async throws -> JSValue {
        try await new(arguments: arguments)
    }

    /// `new F(...arguments)`; a TypeError when this value is not a constructor.
    @discardableResult
    public func new(arguments: [JSValue]) async throws -> JSValue {
        guard case .object(let constructor) = self, constructor.isConstructor else {
            throw JSThrow.typeError("\(debugName) is not a constructor")
        }
        return try await constructor.construct(arguments: arguments, newTarget: constructor.unwrappedMethod)
    }

    /// A JavaScript `function` (or arrow function): `arguments` holds at least `parameters` values.
    ///
    /// ```swift
    /// let greet = JSValue.function("greet", parameters: 1) { this, arguments in
    ///     .string("Hello \(arguments[0])")
    /// }
    /// ```
    public static func function(
        _ name: String = "",
        parameters: Int = 0,
        _ body: @escaping JSFunctionBody
    ) -> JSValue {
        .object(.makeFunction(name: name, parameters: parameters, constructible: true, body))
    }

    /// A JavaScript `async function`: a call runs the body to its end and returns a settled promise, fulfilled
    /// with the result or rejected with what it threw; the call itself never throws.
    public static func asyncFunction(
        _ name: String = "",
        parameters: Int = 0,
        _ body: @escaping JSFunctionBody
    ) -> JSValue {
        .object(
            .makeFunction(name: name, parameters: parameters) { this, arguments in
                do {
                    return JSValue.resolvedPromise(try await body(this, arguments))
                } catch {
                    return JSValue.rejectedPromise(JSValue(caught: error))
                }
            }
        )
    }

    /// An argument list or array contents with spread parts flattened.
    public static func spreading(_ parts: [JSSpreadPart]) -> [JSValue] {
        var values: [JSValue] = []
        for part in parts {
            switch part {
            case .value(let value): values.append(value)
            case .spread(let iterable): values.append(contentsOf: iterable.iteratedValues)
            }
        }
        return values
    }

    /// An object literal with spread parts: `{ a: 1, ...b }`.
    public static func object(parts: [JSObjectPart]) -> JSValue {
        let object = JSObject()
        for part in parts {
            switch part {
            case .property(let key, let value):
                object.set(key, value)
            case .spread(let source):
                if case .string(let string) = source {
                    for (index, character) in JSStrings.codePoints(string).enumerated() { object.set(String(index), .string(character)) }
                } else if case .object(let source) = source {
                    for (key, value) in source.ownEntries { object.set(key, value) }
                }
            }
        }
        return .object(object)
    }

    /// What `for…of` and spread visit: an array's elements or a string's code points (nothing for other values).
    public var iteratedValues: [JSValue] {
        switch self {
        case .string(let string):
            return JSStrings.codePoints(string).map(JSValue.string)
        case .object(let object) where object.kind == .array:
            return object.elements
        case .object(let object):
            if let iterable = object.nativeValue as? any JSIterable { return iterable.jsValues }
            return []
        default:
            return []
        }
    }

    /// A short rendering of the value for error messages (never a whole object).
    var debugName: String {
        switch self {
        case .string(let string): return string.count > 40 ? "\"\(string.prefix(40))…\"" : "\"\(string)\""
        case .object(let object):
            if let name = object.function?.name, !name.isEmpty { return name }
            switch object.kind {
            case .array: return "array"
            case .function: return "function"
            default: return "object \(object.className)"
            }
        default: return toString
        }
    }
}

/// A native value that `for…of`, spread and `Array.from` can visit (a bridge's list, say).
public protocol JSIterable {
    /// The values visited, in order.
    var jsValues: [JSValue] { get }
}
