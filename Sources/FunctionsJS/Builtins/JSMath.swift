import Foundation

/// `Math` and the numeric helpers operators share.
enum JSMath {
    /// `**` and `Math.pow`: like `pow`, except that ±1 to an infinite or NaN power is NaN, as in JavaScript.
    static func power(_ base: Double, _ exponent: Double) -> Double {
        if exponent.isNaN { return .nan }
        if exponent.isInfinite, abs(base) == 1 { return .nan }
        return Foundation.pow(base, exponent)
    }
}
