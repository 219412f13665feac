/// A native value with a primitive form, used when its object is converted to a string or number
/// (`'' + twiml` gives the TwiML text).
public protocol JSPrimitiveConvertible {
    /// The primitive (string or number) the object converts to.
    var jsPrimitive: JSValue { get }
}

extension JSValue {
    /// JavaScript's ToBoolean.
    public var isTruthy: Bool {
        switch self {
        case .undefined, .null: false
        case .bool(let value): value
        case .number(let value): !(value == 0 || value.isNaN)
        case .string(let value): !value.isEmpty
        case .object: true
        }
    }

    /// JavaScript's ToString (objects use their builtin conversion; a user-defined `toString` is not called).
    public var toString: String {
        switch self {
        case .undefined: "undefined"
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let value): JSNumberFormatter.string(value)
        case .string(let value): value
        case .object(let object): object.primitiveString(visited: [])
        }
    }

    /// JavaScript's ToNumber.
    public var toNumber: Double {
        switch self {
        case .undefined: .nan
        case .null: 0
        case .bool(let value): value ? 1 : 0
        case .number(let value): value
        case .string(let value): JSNumberFormatter.parseNumber(value)
        case .object: toPrimitive(preferString: false).toNumber
        }
    }

    /// JavaScript's ToPrimitive with the builtin `valueOf`/`toString`: dates give their time (or string), other objects
    /// their string form.
    public func toPrimitive(preferString: Bool = false) -> JSValue {
        guard case .object(let object) = self else { return self }
        if let convertible = object.nativeValue as? any JSPrimitiveConvertible { return convertible.jsPrimitive }
        if object.kind == .date, !preferString { return .number(object.time) }
        if object.kind == .native, let boxed = object.nativeValue as? JSBoxedPrimitive { return boxed.value }
        return .string(object.primitiveString(visited: []))
    }

    /// ToIntegerOrInfinity: NaN is 0, fractions truncate.
    public var toIntegerOrInfinity: Double {
        let number = toNumber
        if number.isNaN { return 0 }
        if number.isInfinite { return number }
        return number.rounded(.towardZero) + 0
    }

    /// ToInt32, as bitwise operators use.
    public var toInt32: Int32 {
        Int32(bitPattern: UInt32(Self.modulo32(toNumber)))
    }

    /// ToUint32, as `>>>` uses.
    public var toUInt32: UInt32 {
        UInt32(Self.modulo32(toNumber))
    }

    private static func modulo32(_ number: Double) -> Double {
        guard number.isFinite else { return 0 }
        let truncated = number.rounded(.towardZero)
        let modulo = truncated.truncatingRemainder(dividingBy: 4_294_967_296)
        return modulo < 0 ? modulo + 4_294_967_296 : modulo
    }

    /// `typeof x`.
    public static func typeof(_ value: JSValue) -> JSValue {
        .string(value.typeName)
    }

    /// What `typeof` answers, as a Swift string.
    public var typeName: String {
        switch self {
        case .undefined: "undefined"
        case .null: "object"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .object(let object): object.isCallable ? "function" : "object"
        }
    }

    /// The number, when this is one.
    public var numberValue: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }
}

/// A primitive boxed as an object (`new String('x')`, `Object(1)`).
struct JSBoxedPrimitive {
    let value: JSValue
}

extension JSObject {
    /// The builtin string form of an object.
    func primitiveString(visited: Set<ObjectIdentifier>) -> String {
        if let convertible = nativeValue as? any JSPrimitiveConvertible { return convertible.jsPrimitive.toString }
        switch kind {
        case .array:
            let identity = ObjectIdentifier(self)
            guard !visited.contains(identity) else { return "" }
            let inner = visited.union([identity])
            return elements.map { element in
                switch element {
                case .undefined, .null: ""
                case .object(let object): object.primitiveString(visited: inner)
                default: element.toString
                }
            }.joined(separator: ",")
        case .function:
            return "function \(function?.name ?? "")() { [native code] }"
        case .error:
            let name = get("name").toString
            let message = get("message").toString
            if message.isEmpty { return name }
            return name.isEmpty ? message : "\(name): \(message)"
        case .regex:
            return "/\(regex?.pattern ?? "")/\(regex?.flags ?? "")"
        case .date:
            return JSDate.displayString(time)
        case .native:
            if let boxed = nativeValue as? JSBoxedPrimitive { return boxed.value.toString }
            if let buffer = nativeValue as? JSBuffer { return String(decoding: buffer.bytes, as: UTF8.self) }
            return "[object \(className)]"
        case .promise:
            return "[object Promise]"
        case .plain:
            return "[object Object]"
        }
    }
}
