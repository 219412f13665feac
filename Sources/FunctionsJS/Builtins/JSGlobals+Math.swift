import Foundation

extension JSGlobals {
    static func makeMath() -> JSValue {
        let math = JSObject()
        math.className = "Math"
        let unary: [(String, @Sendable (Double) -> Double)] = [
            ("abs", { Swift.abs($0) }), ("ceil", { $0.rounded(.up) }), ("floor", { $0.rounded(.down) }),
            ("round", JSMath.round), ("trunc", { $0.rounded(.towardZero) }), ("sqrt", { $0.squareRoot() }),
            ("cbrt", { Foundation.cbrt($0) }), ("sign", JSMath.sign), ("log", { Foundation.log($0) }),
            ("log2", { Foundation.log2($0) }), ("log10", { Foundation.log10($0) }), ("log1p", { Foundation.log1p($0) }),
            ("exp", { Foundation.exp($0) }), ("expm1", { Foundation.expm1($0) }), ("sin", { Foundation.sin($0) }),
            ("cos", { Foundation.cos($0) }), ("tan", { Foundation.tan($0) }), ("asin", { Foundation.asin($0) }),
            ("acos", { Foundation.acos($0) }), ("atan", { Foundation.atan($0) }), ("sinh", { Foundation.sinh($0) }),
            ("cosh", { Foundation.cosh($0) }), ("tanh", { Foundation.tanh($0) }), ("fround", { Double(Float($0)) }),
        ]
        for (name, function) in unary {
            math.define(name, JSBuiltins.make(name, JSBuiltinMethod(1) { _, arguments in .number(function(arguments[0].toNumber)) }), enumerable: false)
        }
        let variadic: [(String, Int, JSBuiltinMethod)] = [
            ("max", 2, JSBuiltinMethod(0) { _, arguments in .number(JSMath.extreme(arguments.map(\.toNumber), max: true)) }),
            ("min", 2, JSBuiltinMethod(0) { _, arguments in .number(JSMath.extreme(arguments.map(\.toNumber), max: false)) }),
            ("pow", 2, JSBuiltinMethod(2) { _, arguments in .number(JSMath.power(arguments[0].toNumber, arguments[1].toNumber)) }),
            ("atan2", 2, JSBuiltinMethod(2) { _, arguments in .number(Foundation.atan2(arguments[0].toNumber, arguments[1].toNumber)) }),
            ("hypot", 2, JSBuiltinMethod(0) { _, arguments in
                let values = arguments.map(\.toNumber)
                if values.contains(where: \.isInfinite) { return .number(.infinity) }
                return .number(values.reduce(0) { $0 + $1 * $1 }.squareRoot())
            }),
            ("random", 0, JSBuiltinMethod(0) { _, _ in .number(Double.random(in: 0..<1)) }),
        ]
        for (name, _, method) in variadic { math.define(name, JSBuiltins.make(name, method), enumerable: false) }
        let constants: [(String, Double)] = [
            ("PI", .pi), ("E", M_E), ("LN2", M_LN2), ("LN10", M_LN10), ("LOG2E", M_LOG2E), ("LOG10E", M_LOG10E),
            ("SQRT2", 2.0.squareRoot()), ("SQRT1_2", 0.5.squareRoot()),
        ]
        for (name, value) in constants { math.define(name, .number(value), enumerable: false) }
        return .object(math)
    }
}

extension JSMath {
    /// `Math.round`: halves round up, and values in [-0.5, 0) give -0.
    static func round(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let floor = value.rounded(.down)
        let result = value - floor >= 0.5 ? floor + 1 : floor
        return result == 0 && (value < 0 || value.sign == .minus) ? -0.0 : result
    }

    /// `Math.sign`.
    static func sign(_ value: Double) -> Double {
        if value.isNaN || value == 0 { return value }
        return value > 0 ? 1 : -1
    }

    /// `Math.max` / `Math.min`: NaN wins, and +0 is above -0.
    static func extreme(_ values: [Double], max: Bool) -> Double {
        var result: Double = max ? -.infinity : .infinity
        for value in values {
            if value.isNaN { return .nan }
            if max ? (value > result || (value == 0 && result == 0 && result.sign == .minus)) :
                (value < result || (value == 0 && result == 0 && value.sign == .minus))
            {
                result = value
            }
        }
        return result
    }
}
