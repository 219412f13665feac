extension JSValue {
    /// `x.name` and `x.name = v`: never throws; a property of `undefined` or `null` reads as `undefined` and writes to
    /// primitives are ignored. A function read this way is bound to `x`, so `twiml.say("hi")` runs with `this == twiml`.
    public subscript(dynamicMember name: String) -> JSValue {
        get { get(name) }
        nonmutating set { set(name, newValue) }
    }

    /// `x[key]` and `x[key] = v`: array elements, string code units, or the property named by `key`'s string.
    public subscript(_ key: JSValue) -> JSValue {
        get {
            if case .number(let number) = key, let index = Int(exactly: number), index >= 0 {
                switch self {
                case .object(let object) where object.kind == .array:
                    return index < object.elements.count ? object.elements[index] : .undefined
                case .string(let string):
                    return JSStrings.codeUnit(of: string, at: index).map(JSValue.string) ?? .undefined
                default:
                    break
                }
            }
            return get(key.propertyKey)
        }
        nonmutating set {
            set(key.propertyKey, newValue)
        }
    }

    /// Reads property `key` (a method comes back bound to this value).
    public func get(_ key: String) -> JSValue {
        let value: JSValue
        switch self {
        case .undefined, .null:
            return .undefined
        case .object(let object):
            value = object.get(key, receiver: self)
        case .string(let string):
            if key == "length" { return .number(Double(string.utf16.count)) }
            if let index = JSObject.arrayIndex(key) {
                return JSStrings.codeUnit(of: string, at: index).map(JSValue.string) ?? .undefined
            }
            value = JSBuiltins.primitiveMethod(for: self, key) ?? .undefined
        case .number, .bool:
            value = JSBuiltins.primitiveMethod(for: self, key) ?? .undefined
        }
        return value.boundAsMethod(of: self)
    }

    /// Reads property `key`; the same as ``get(_:)`` under a name no JavaScript method shadows.
    public func getProperty(_ key: String) -> JSValue { get(key) }

    /// Writes property `key`; the same as ``set(_:_:)`` under a name no JavaScript method shadows.
    public func setProperty(_ key: String, _ value: JSValue) { set(key, value) }

    /// Writes property `key`; ignored unless this is an object.
    public func set(_ key: String, _ value: JSValue) {
        guard case .object(let object) = self else { return }
        object.set(key, value, receiver: self)
    }

    /// `delete x[key]`: removes an own property (always true, as in sloppy-mode JavaScript).
    @discardableResult
    public func delete(_ key: JSValue) -> JSValue {
        if case .object(let object) = self { object.deleteProperty(key.propertyKey) }
        return true
    }

    /// The property key a value names (JavaScript's ToPropertyKey).
    public var propertyKey: String {
        if case .string(let string) = self { return string }
        return toString
    }

    /// A function value as a method of `receiver`: calling it uses `receiver` as `this` unless a call says otherwise.
    func boundAsMethod(of receiver: JSValue) -> JSValue {
        guard case .object(let function) = self, function.isCallable else { return self }
        return .object(.makeBound(target: function.unwrappedMethod, this: receiver, arguments: [], methodReference: true))
    }

    /// The function a method reference stands for, so storing `a.f` into `b.g` makes `b.g()` run with `this == b`.
    var unwrappingMethodReference: JSValue {
        guard case .object(let object) = self, object.function?.isMethodReference == true else { return self }
        return .object(object.unwrappedMethod)
    }
}
