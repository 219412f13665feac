extension Array where Element == JSValue {
    /// The argument at `index`, or `undefined` past the end.
    func argument(_ index: Int) -> JSValue {
        index < count ? self[index] : .undefined
    }
}

extension JSValue {
    /// The position a relative index (`slice(-2)`) names in a sequence of `length`, clamped to 0…length.
    func relativeIndex(length: Int, default defaultValue: Int) -> Int {
        if case .undefined = self { return defaultValue }
        let number = toIntegerOrInfinity
        if number < 0 { return Swift.max(0, length + Int(Swift.max(number, -Double(length) - 1))) }
        return Int(Swift.min(number, Double(length)))
    }

    /// ToIntegerOrInfinity clamped to `range`, as an `Int`.
    func clampedInteger(_ range: ClosedRange<Int>) -> Int {
        let number = toIntegerOrInfinity
        return Int(Swift.min(Swift.max(number, Double(range.lowerBound)), Double(range.upperBound)))
    }

    /// The regular expression, when this is one.
    var regexObject: JSObject? {
        guard case .object(let object) = self, object.kind == .regex else { return nil }
        return object
    }
}

/// Builtins refuse to build strings past this many UTF-16 units instead of exhausting memory.
let maximumStringLength = 1 << 29

func invalidStringLength() -> JSThrow {
    JSThrow.rangeError("Invalid string length")
}
