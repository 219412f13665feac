/// The bitwise operators, for ``JSValue/bitwise(_:_:_:)``.
public enum JSBitwise: Sendable {
    /// `&`
    case and
    /// `|`
    case or
    /// `^`
    case xor
    /// `<<`
    case leftShift
    /// `>>`
    case rightShift
    /// `>>>`
    case unsignedRightShift
}

extension JSValue {
    /// `a + b`: string concatenation when either side (after ToPrimitive) is a string, else numeric addition.
    public static func + (lhs: JSValue, rhs: JSValue) -> JSValue {
        if case .number(let left) = lhs, case .number(let right) = rhs { return .number(left + right) }
        if case .string(let left) = lhs, case .string(let right) = rhs { return .string(left + right) }
        let left = lhs.toPrimitiveDefault
        let right = rhs.toPrimitiveDefault
        switch (left, right) {
        case (.string, _), (_, .string): return .string(left.toString + right.toString)
        default: return .number(left.toNumber + right.toNumber)
        }
    }

    /// `a - b`.
    public static func - (lhs: JSValue, rhs: JSValue) -> JSValue { .number(lhs.toNumber - rhs.toNumber) }
    /// `a * b`.
    public static func * (lhs: JSValue, rhs: JSValue) -> JSValue { .number(lhs.toNumber * rhs.toNumber) }
    /// `a / b`.
    public static func / (lhs: JSValue, rhs: JSValue) -> JSValue { .number(lhs.toNumber / rhs.toNumber) }
    /// `a % b` (the sign follows the dividend, as in JavaScript).
    public static func % (lhs: JSValue, rhs: JSValue) -> JSValue {
        .number(lhs.toNumber.truncatingRemainder(dividingBy: rhs.toNumber))
    }

    /// `a += b`.
    public static func += (lhs: inout JSValue, rhs: JSValue) { lhs = lhs + rhs }
    /// `a -= b`.
    public static func -= (lhs: inout JSValue, rhs: JSValue) { lhs = lhs - rhs }
    /// `a *= b`.
    public static func *= (lhs: inout JSValue, rhs: JSValue) { lhs = lhs * rhs }
    /// `a /= b`.
    public static func /= (lhs: inout JSValue, rhs: JSValue) { lhs = lhs / rhs }
    /// `a %= b`.
    public static func %= (lhs: inout JSValue, rhs: JSValue) { lhs = lhs % rhs }

    /// `a ** b`.
    public static func power(_ base: JSValue, _ exponent: JSValue) -> JSValue {
        .number(JSMath.power(base.toNumber, exponent.toNumber))
    }

    /// `-a`.
    public static prefix func - (operand: JSValue) -> JSValue { .number(-operand.toNumber) }
    /// `+a` (ToNumber).
    public static prefix func + (operand: JSValue) -> JSValue { .number(operand.toNumber) }
    /// `!a`.
    public static prefix func ! (operand: JSValue) -> JSValue { .bool(!operand.isTruthy) }
    /// `~a`.
    public static prefix func ~ (operand: JSValue) -> JSValue { .number(Double(~operand.toInt32)) }

    /// `a & b`, `a | b`, `a ^ b`, `a << b`, `a >> b`, `a >>> b`.
    public static func bitwise(_ operation: JSBitwise, _ lhs: JSValue, _ rhs: JSValue) -> JSValue {
        let left = lhs.toInt32
        let shift = rhs.toUInt32 & 31
        switch operation {
        case .and: return .number(Double(left & rhs.toInt32))
        case .or: return .number(Double(left | rhs.toInt32))
        case .xor: return .number(Double(left ^ rhs.toInt32))
        case .leftShift: return .number(Double(left << shift))
        case .rightShift: return .number(Double(left >> shift))
        case .unsignedRightShift: return .number(Double(lhs.toUInt32 >> shift))
        }
    }

    /// `a === b`.
    public static func === (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(lhs.strictlyEquals(rhs)) }
    /// `a !== b`.
    public static func !== (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(!lhs.strictlyEquals(rhs)) }
    /// `a == b` (abstract equality: `null == undefined`, numbers and strings compared as numbers, objects by identity).
    public static func == (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(lhs.looselyEquals(rhs)) }
    /// `a != b`.
    public static func != (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(!lhs.looselyEquals(rhs)) }

    /// `a < b`.
    public static func < (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(compare(lhs, rhs, orEqual: false)) }
    /// `a > b`.
    public static func > (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(compare(rhs, lhs, orEqual: false)) }
    /// `a <= b`.
    public static func <= (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(compare(lhs, rhs, orEqual: true)) }
    /// `a >= b`.
    public static func >= (lhs: JSValue, rhs: JSValue) -> JSValue { .bool(compare(rhs, lhs, orEqual: true)) }

    /// `a || b` when `b` needs no `await`: `a` when truthy, else `b`.
    public static func || (lhs: JSValue, rhs: @autoclosure () throws -> JSValue) rethrows -> JSValue {
        lhs.isTruthy ? lhs : try rhs()
    }

    /// `a && b` when `b` needs no `await`: `b` when `a` is truthy, else `a`.
    public static func && (lhs: JSValue, rhs: @autoclosure () throws -> JSValue) rethrows -> JSValue {
        lhs.isTruthy ? try rhs() : lhs
    }

    /// `a ?? b` when `b` needs no `await`: `b` only when `a` is `null` or `undefined`.
    public static func ?? (lhs: JSValue, rhs: @autoclosure () throws -> JSValue) rethrows -> JSValue {
        lhs.isNullish ? try rhs() : lhs
    }

    /// `a ?? b` spelled as a method.
    public func nullish(_ rhs: @autoclosure () throws -> JSValue) rethrows -> JSValue {
        isNullish ? try rhs() : self
    }

    /// `a || b` when `b` awaits: `try await a.or { try await b }`.
    public func or(_ rhs: () async throws -> JSValue) async rethrows -> JSValue {
        isTruthy ? self : try await rhs()
    }

    /// `a && b` when `b` awaits: `try await a.and { try await b }`.
    public func and(_ rhs: () async throws -> JSValue) async rethrows -> JSValue {
        isTruthy ? try await rhs() : self
    }

    /// `a ?? b` when `b` awaits: `try await a.nullish { try await b }`.
    public func nullish(_ rhs: () async throws -> JSValue) async rethrows -> JSValue {
        isNullish ? try await rhs() : self
    }

    /// `a instanceof F`.
    public func instanceOf(_ constructor: JSValue) -> JSValue {
        guard case .object(let object) = self, case .object(let function) = constructor else { return false }
        return .bool(JSBuiltins.isInstance(object, of: function.unwrappedMethod))
    }

    /// `key in object` (false when `object` is not an object).
    public func isIn(_ object: JSValue) -> JSValue {
        guard case .object(let target) = object else { return false }
        return .bool(target.hasProperty(propertyKey))
    }

    /// `===` as a Swift `Bool`.
    public func strictlyEquals(_ other: JSValue) -> Bool {
        switch (self, other) {
        case (.undefined, .undefined), (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.number(let left), .number(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.object(let left), .object(let right)): left.unwrappedMethod === right.unwrappedMethod
        default: false
        }
    }

    /// `==` as a Swift `Bool`.
    public func looselyEquals(_ other: JSValue) -> Bool {
        switch (self, other) {
        case (.undefined, .null), (.null, .undefined): return true
        case (.undefined, _), (.null, _), (_, .undefined), (_, .null): return strictlyEquals(other)
        case (.object, .object): return strictlyEquals(other)
        case (.number, .string), (.string, .number), (.bool, _), (_, .bool): return toNumber == other.toNumber
        case (.object, _): return toPrimitiveDefault.looselyEquals(other)
        case (_, .object): return looselyEquals(other.toPrimitiveDefault)
        default: return strictlyEquals(other)
        }
    }

    /// ToPrimitive with no hint, as `+` and `==` use: dates become strings, other objects as ``toPrimitive(preferString:)``.
    var toPrimitiveDefault: JSValue {
        if case .object(let object) = self, object.kind == .date { return toPrimitive(preferString: true) }
        return toPrimitive()
    }

    /// The SameValueZero comparison `includes` uses: like `===`, but NaN equals NaN.
    func sameValueZero(_ other: JSValue) -> Bool {
        if case .number(let left) = self, case .number(let right) = other, left.isNaN, right.isNaN { return true }
        return strictlyEquals(other)
    }

    /// Whether `lhs < rhs` (or `<=`), as JavaScript compares: strings by UTF-16 code units, anything else as numbers.
    private static func compare(_ lhs: JSValue, _ rhs: JSValue, orEqual: Bool) -> Bool {
        let left = lhs.toPrimitive()
        let right = rhs.toPrimitive()
        if case .string(let leftString) = left, case .string(let rightString) = right {
            let ordered = JSStrings.compare(leftString, rightString)
            return orEqual ? ordered <= 0 : ordered < 0
        }
        let leftNumber = left.toNumber
        let rightNumber = right.toNumber
        return orEqual ? leftNumber <= rightNumber : leftNumber < rightNumber
    }
}
