extension JSGlobals {
    static func makeObjectConstructor() -> JSValue {
        let make: @Sendable ([JSValue]) -> JSValue = { arguments in
            switch arguments.argument(0) {
            case .undefined, .null: return .object(JSObject())
            case .object(let object): return .object(object)
            case let primitive: return .object(JSObject(native: JSBoxedPrimitive(value: primitive), className: "Object"))
            }
        }
        return makeClass(
            "Object", parameters: 1,
            call: { _, arguments in make(arguments) },
            construct: { arguments, _ in make(arguments) },
            statics: objectStatics,
            prototype: JSBuiltins.objectMethods)
    }

    /// The own enumerable (key, value) pairs `Object.keys`/`values`/`entries` list; strings list their code units.
    static func ownEntries(_ value: JSValue) throws -> [(String, JSValue)] {
        switch value {
        case .undefined, .null: throw JSThrow.typeError("Cannot convert undefined or null to object")
        case .object(let object): return object.ownEntries
        case .string(let string):
            return string.utf16.indices.enumerated().map { offset, _ in
                (String(offset), JSStrings.codeUnit(of: string, at: offset).map(JSValue.string) ?? .undefined)
            }
        default: return []
        }
    }

    static let objectStatics: [String: JSBuiltinMethod] = [
        "keys": JSBuiltinMethod(1) { _, arguments in .array(try ownEntries(arguments[0]).map { .string($0.0) }) },
        "values": JSBuiltinMethod(1) { _, arguments in .array(try ownEntries(arguments[0]).map(\.1)) },
        "entries": JSBuiltinMethod(1) { _, arguments in
            .array(try ownEntries(arguments[0]).map { .array([.string($0.0), $0.1]) })
        },
        "assign": JSBuiltinMethod(2) { _, arguments in
            guard case .object(let target) = arguments[0] else {
                if arguments[0].isNullish { throw JSThrow.typeError("Cannot convert undefined or null to object") }
                return arguments[0]
            }
            for source in arguments.dropFirst() where !source.isNullish {
                for (key, value) in try ownEntries(source) { target.set(key, value) }
            }
            return arguments[0]
        },
        "fromEntries": JSBuiltinMethod(1) { _, arguments in
            let object = JSObject()
            for entry in arguments[0].iteratedValues {
                guard case .object = entry else { throw JSThrow.typeError("Iterator value \(entry.debugName) is not an entry object") }
                object.set(entry[0].propertyKey, entry[1])
            }
            return .object(object)
        },
        "freeze": JSBuiltinMethod(1) { _, arguments in arguments[0] },
        "seal": JSBuiltinMethod(1) { _, arguments in arguments[0] },
        "preventExtensions": JSBuiltinMethod(1) { _, arguments in arguments[0] },
        "isFrozen": JSBuiltinMethod(1) { _, arguments in .bool(arguments[0].objectValue == nil) },
        "create": JSBuiltinMethod(2) { _, arguments in
            let object = JSObject()
            switch arguments[0] {
            case .object(let prototype): object.prototype = prototype
            case .null: break
            default: throw JSThrow.typeError("Object prototype may only be an Object or null: \(arguments[0].debugName)")
            }
            if case .object(let properties) = arguments[1] {
                for (key, descriptor) in properties.ownEntries { object.define(key, descriptor.get("value"), enumerable: descriptor.get("enumerable").isTruthy) }
            }
            return .object(object)
        },
        "getPrototypeOf": JSBuiltinMethod(1) { _, arguments in
            arguments[0].objectValue?.prototype.map(JSValue.object) ?? .null
        },
        "setPrototypeOf": JSBuiltinMethod(2) { _, arguments in
            if case .object(let object) = arguments[0] { object.prototype = arguments[1].objectValue }
            return arguments[0]
        },
        "defineProperty": JSBuiltinMethod(3) { _, arguments in
            guard case .object(let object) = arguments[0] else { throw JSThrow.typeError("Object.defineProperty called on non-object") }
            let descriptor = arguments[2]
            let getter = descriptor.get("get")
            if getter.isCallable {
                throw JSThrow.typeError("Object.defineProperty with a getter is not supported in the Swift port")
            }
            object.define(arguments[1].propertyKey, descriptor.get("value"), enumerable: descriptor.get("enumerable").isTruthy)
            return arguments[0]
        },
        "getOwnPropertyNames": JSBuiltinMethod(1) { _, arguments in
            guard case .object(let object) = arguments[0] else { return .array(try ownEntries(arguments[0]).map { .string($0.0) }) }
            var keys = object.kind == .array ? (0..<object.elements.count).map(String.init) + ["length"] : []
            keys += object.keyOrder
            return .array(keys.map(JSValue.string))
        },
        "is": JSBuiltinMethod(2) { _, arguments in
            if case .number(let left) = arguments[0], case .number(let right) = arguments[1] {
                return .bool(left.bitPattern == right.bitPattern || (left.isNaN && right.isNaN))
            }
            return .bool(arguments[0].strictlyEquals(arguments[1]))
        },
    ]

    static func makeArrayConstructor() -> JSValue {
        let make: @Sendable ([JSValue]) throws -> JSValue = { arguments in
            guard arguments.count == 1, case .number(let length) = arguments[0] else { return .array(arguments) }
            guard length >= 0, length == length.rounded(), length <= Double(JSObject.maximumArrayGap) else {
                throw JSThrow.rangeError("Invalid array length")
            }
            return .array(Array(repeating: .undefined, count: Int(length)))
        }
        return makeClass(
            "Array", parameters: 0,
            call: { _, arguments in try make(arguments) },
            construct: { arguments, _ in try make(arguments) },
            statics: [
                "isArray": JSBuiltinMethod(1) { _, arguments in .bool(arguments[0].objectValue?.kind == .array) },
                "of": JSBuiltinMethod(0) { _, arguments in .array(arguments) },
                "from": JSBuiltinMethod(2) { _, arguments in
                    var values = arguments[0].iteratedValues
                    if values.isEmpty, case .object(let object) = arguments[0], object.kind != .array {
                        let length = object.get("length").clampedInteger(0...JSObject.maximumArrayGap)
                        values = (0..<length).map { object.get(String($0)) }
                    }
                    guard arguments[1].isCallable else { return .array(values) }
                    var mapped: [JSValue] = []
                    for (index, value) in values.enumerated() {
                        mapped.append(try await arguments[1].call(this: .undefined, arguments: [value, .number(Double(index))]))
                    }
                    return .array(mapped)
                },
            ],
            prototype: JSBuiltins.arrayMethods)
    }

    static func makeStringConstructor() -> JSValue {
        makeClass(
            "String", parameters: 0,
            call: { _, arguments in arguments.isEmpty ? "" : .string(arguments[0].toString) },
            construct: { arguments, _ in
                .object(JSObject(native: JSBoxedPrimitive(value: .string(arguments.isEmpty ? "" : arguments[0].toString)), className: "String"))
            },
            statics: [
                "fromCharCode": JSBuiltinMethod(1) { _, arguments in
                    .string(String(decoding: arguments.map { UInt16(truncatingIfNeeded: Int($0.toUInt32 & 0xFFFF)) }, as: UTF16.self))
                },
                "fromCodePoint": JSBuiltinMethod(1) { _, arguments in
                    var text = ""
                    for argument in arguments {
                        let number = argument.toNumber
                        guard number == number.rounded(), number >= 0, number <= 0x10FFFF else {
                            throw JSThrow.rangeError("Invalid code point \(argument.toString)")
                        }
                        text.unicodeScalars.append(Unicode.Scalar(UInt32(number)) ?? "\u{FFFD}")
                    }
                    return .string(text)
                },
            ],
            prototype: JSBuiltins.stringMethods)
    }

    static func makeNumberConstructor() -> JSValue {
        let number = makeClass(
            "Number", parameters: 0,
            call: { _, arguments in .number(arguments.isEmpty ? 0 : arguments[0].toNumber) },
            construct: { arguments, _ in
                .object(JSObject(native: JSBoxedPrimitive(value: .number(arguments.isEmpty ? 0 : arguments[0].toNumber)), className: "Number"))
            },
            statics: [
                "isInteger": JSBuiltinMethod(1) { _, arguments in
                    .bool(arguments[0].numberValue.map { $0.isFinite && $0 == $0.rounded() } ?? false)
                },
                "isSafeInteger": JSBuiltinMethod(1) { _, arguments in
                    .bool(arguments[0].numberValue.map { $0 == $0.rounded() && abs($0) <= 9_007_199_254_740_991 } ?? false)
                },
                "isFinite": JSBuiltinMethod(1) { _, arguments in .bool(arguments[0].numberValue?.isFinite ?? false) },
                "isNaN": JSBuiltinMethod(1) { _, arguments in .bool(arguments[0].numberValue?.isNaN ?? false) },
                "parseInt": parseIntMethod,
                "parseFloat": parseFloatMethod,
            ],
            prototype: JSBuiltins.numberMethods)
        let constants: [(String, Double)] = [
            ("MAX_SAFE_INTEGER", 9_007_199_254_740_991), ("MIN_SAFE_INTEGER", -9_007_199_254_740_991),
            ("MAX_VALUE", .greatestFiniteMagnitude), ("MIN_VALUE", .leastNonzeroMagnitude), ("EPSILON", .ulpOfOne),
            ("POSITIVE_INFINITY", .infinity), ("NEGATIVE_INFINITY", -.infinity), ("NaN", .nan),
        ]
        for (name, value) in constants { number.objectValue?.define(name, .number(value), enumerable: false) }
        return number
    }

    static func makeBooleanConstructor() -> JSValue {
        makeClass(
            "Boolean", parameters: 1,
            call: { _, arguments in .bool(arguments.argument(0).isTruthy) },
            construct: { arguments, _ in
                .object(JSObject(native: JSBoxedPrimitive(value: .bool(arguments.argument(0).isTruthy)), className: "Boolean"))
            },
            prototype: JSBuiltins.booleanMethods)
    }
}
