extension JSBuiltins {
    /// `Function.prototype`'s methods: `call`, `apply`, `bind`.
    static let functionMethods: [String: JSBuiltinMethod] = [
        "call": JSBuiltinMethod(1) { this, arguments in
            let function = try functionThis(this, "call")
            return try await function.invoke(this: arguments[0], arguments: Array(arguments.dropFirst()))
        },
        "apply": JSBuiltinMethod(2) { this, arguments in
            let function = try functionThis(this, "apply")
            let list: [JSValue]
            switch arguments[1] {
            case .undefined, .null: list = []
            case .object(let array) where array.kind == .array: list = array.elements
            default: throw JSThrow.typeError("CreateListFromArrayLike called on non-object")
            }
            return try await function.invoke(this: arguments[0], arguments: list)
        },
        "bind": JSBuiltinMethod(1) { this, arguments in
            let function = try functionThis(this, "bind")
            return .object(.makeBound(target: function, this: arguments[0], arguments: Array(arguments.dropFirst()), methodReference: false))
        },
        "toString": JSBuiltinMethod(0) { this, _ in .string(this.toString) },
    ]

    /// The function `call`/`apply`/`bind` act on; a method reference gives up its receiver, as in JavaScript.
    private static func functionThis(_ this: JSValue, _ method: String) throws -> JSObject {
        guard case .object(let object) = this, object.isCallable else {
            throw JSThrow.typeError("Function.prototype.\(method) called on \(this.debugName), which is not a function")
        }
        return object.unwrappedMethod
    }

    /// `Error.prototype`'s methods.
    static let errorMethods: [String: JSBuiltinMethod] = [
        "toString": JSBuiltinMethod(0) { this, _ in .string(this.toString) }
    ]

    /// `Promise.prototype`'s methods; callbacks run at once because every promise is already settled.
    static let promiseMethods: [String: JSBuiltinMethod] = [
        "then": JSBuiltinMethod(2) { this, arguments in
            try await then(this, onFulfilled: arguments[0], onRejected: arguments[1])
        },
        "catch": JSBuiltinMethod(1) { this, arguments in
            try await then(this, onFulfilled: .undefined, onRejected: arguments[0])
        },
        "finally": JSBuiltinMethod(1) { this, arguments in
            guard let state = this.promiseState else { throw JSThrow.typeError("Promise.prototype.finally called on a non-promise") }
            guard arguments[0].isCallable else { return this }
            do {
                _ = try await arguments[0].call(this: .undefined, arguments: []).awaited()
            } catch {
                return .rejectedPromise(JSValue(caught: error))
            }
            return .settledPromise(state)
        },
    ]

    private static func then(_ this: JSValue, onFulfilled: JSValue, onRejected: JSValue) async throws -> JSValue {
        guard let state = this.promiseState else { throw JSThrow.typeError("Promise.prototype.then called on a non-promise") }
        let handler: JSValue
        let argument: JSValue
        switch state {
        case .pending:
            throw JSThrow.error("Error", JSValue.pendingPromiseMessage)
        case .fulfilled(let value):
            guard onFulfilled.isCallable else { return .settledPromise(state) }
            handler = onFulfilled
            argument = value
        case .rejected(let reason):
            guard onRejected.isCallable else { return .settledPromise(state) }
            handler = onRejected
            argument = reason
        }
        do {
            let result = try await handler.call(this: .undefined, arguments: [argument])
            return .resolvedPromise(try await result.awaited())
        } catch {
            return .rejectedPromise(JSValue(caught: error))
        }
    }

    /// `Boolean.prototype`'s methods.
    static let booleanMethods: [String: JSBuiltinMethod] = [
        "toString": JSBuiltinMethod(0) { this, _ in .string(this.toString) },
        "valueOf": JSBuiltinMethod(0) { this, _ in this },
    ]

    /// `Number.prototype`'s methods.
    static let numberMethods: [String: JSBuiltinMethod] = [
        "toString": JSBuiltinMethod(1) { this, arguments in
            let radix = arguments[0].isUndefined ? 10 : arguments[0].toIntegerOrInfinity
            guard radix >= 2, radix <= 36 else { throw JSThrow.rangeError("toString() radix must be between 2 and 36") }
            return .string(JSNumberText.radixString(this.toNumber, radix: Int(radix)))
        },
        "toFixed": JSBuiltinMethod(1) { this, arguments in
            let digits = arguments[0].toIntegerOrInfinity
            guard digits >= 0, digits <= 100 else { throw JSThrow.rangeError("toFixed() digits argument must be between 0 and 100") }
            return .string(JSNumberText.fixed(this.toNumber, fractionDigits: Int(digits)))
        },
        "toPrecision": JSBuiltinMethod(1) { this, arguments in
            if arguments[0].isUndefined { return .string(this.toString) }
            let precision = arguments[0].toIntegerOrInfinity
            let value = this.toNumber
            guard value.isFinite else { return .string(JSNumberFormatter.string(value)) }
            guard precision >= 1, precision <= 100 else { throw JSThrow.rangeError("toPrecision() argument must be between 1 and 100") }
            return .string(JSNumberText.precision(value, Int(precision)))
        },
        "toLocaleString": JSBuiltinMethod(0) { this, _ in .string(JSNumberText.locale(this.toNumber)) },
        "valueOf": JSBuiltinMethod(0) { this, _ in .number(this.toNumber) },
    ]

    /// `Object.prototype`'s methods, found on every value after its own kind's.
    static let objectMethods: [String: JSBuiltinMethod] = [
        "hasOwnProperty": JSBuiltinMethod(1) { this, arguments in
            let key = arguments[0].propertyKey
            switch this {
            case .object(let object): return .bool(object.hasOwnProperty(key))
            case .string(let string):
                if key == "length" { return true }
                return .bool(JSObject.arrayIndex(key).map { $0 < string.utf16.count } ?? false)
            default: return false
            }
        },
        "propertyIsEnumerable": JSBuiltinMethod(1) { this, arguments in
            guard case .object(let object) = this else { return false }
            return .bool(object.ownKeys.contains(arguments[0].propertyKey))
        },
        "isPrototypeOf": JSBuiltinMethod(1) { this, arguments in
            guard case .object(let prototype) = this, case .object(let object) = arguments[0] else { return false }
            return .bool(JSBuiltins.hasInPrototypeChain(object, prototype))
        },
        "toString": JSBuiltinMethod(0) { this, _ in .string(objectTag(this)) },
        "toLocaleString": JSBuiltinMethod(0) { this, _ in .string(this.toString) },
        "valueOf": JSBuiltinMethod(0) { this, _ in this },
    ]

    /// `Object.prototype.toString`'s `[object Tag]`.
    static func objectTag(_ value: JSValue) -> String {
        switch value {
        case .undefined: return "[object Undefined]"
        case .null: return "[object Null]"
        case .bool: return "[object Boolean]"
        case .number: return "[object Number]"
        case .string: return "[object String]"
        case .object(let object):
            switch object.kind {
            case .array: return "[object Array]"
            case .function: return "[object Function]"
            case .error: return "[object Error]"
            case .date: return "[object Date]"
            case .regex: return "[object RegExp]"
            case .promise: return "[object Promise]"
            case .plain, .native: return "[object Object]"
            }
        }
    }
}
