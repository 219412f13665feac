import Foundation

/// `toFixed`, `toPrecision` and `toString(radix)`, rounding the exact binary value as JavaScript does
/// (a tie goes to the larger magnitude).
enum JSNumberText {
    /// The exact decimal expansion of a finite non-negative value: its digits and where the point goes
    /// (value = 0.d₁d₂… × 10^point), without leading zeros.
    static func exactDigits(_ value: Double) -> (digits: [UInt8], point: Int) {
        let text = String(format: "%.1100f", value)
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { continue }
            if !seenPoint { point += 1 }
            if digits.isEmpty, byte == 0x30 {
                point -= seenPoint ? 1 : 1
                continue
            }
            digits.append(byte - 0x30)
        }
        while digits.last == 0 { digits.removeLast() }
        return (digits, digits.isEmpty ? 0 : point)
    }

    /// Rounds digits (a positive value 0.d₁d₂… × 10^point) to `count` digits, half up; a carry out of the first
    /// digit gives `count + 1` digits and a point one further right.
    static func round(_ digits: [UInt8], point: Int, toCount count: Int) -> (digits: [UInt8], point: Int) {
        guard count < digits.count else { return (digits + Array(repeating: 0, count: max(0, count - digits.count)), point) }
        guard count >= 0 else { return ([], point) }
        var kept = Array(digits[..<count])
        var point = point
        if digits[count] >= 5 {
            var index = count - 1
            while index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 {
                kept.insert(1, at: 0)
                point += 1
            }
        }
        return (kept, point)
    }

    static func text(_ digits: some Sequence<UInt8>) -> String {
        String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
    }

    /// `Number.prototype.toFixed`.
    static func fixed(_ value: Double, fractionDigits: Int) -> String {
        if value.isNaN { return "NaN" }
        if abs(value) >= 1e21 || value.isInfinite { return JSNumberFormatter.string(value) }
        let negative = value < 0
        let (digits, point) = exactDigits(abs(value))
        let (rounded, newPoint) = round(digits, point: point, toCount: point + fractionDigits)
        var all = rounded
        var integerCount = newPoint
        if integerCount <= 0 {
            all = Array(repeating: 0, count: 1 - integerCount) + all
            integerCount = 1
        }
        all += Array(repeating: 0, count: max(0, integerCount + fractionDigits - all.count))
        var result = text(all[..<integerCount])
        if fractionDigits > 0 { result += "." + text(all[integerCount..<(integerCount + fractionDigits)]) }
        return negative ? "-" + result : result
    }

    /// `Number.prototype.toPrecision`.
    static func precision(_ value: Double, _ precision: Int) -> String {
        guard value.isFinite else { return JSNumberFormatter.string(value) }
        if value == 0 {
            return precision == 1 ? "0" : "0." + String(repeating: "0", count: precision - 1)
        }
        let negative = value < 0
        let (digits, point) = exactDigits(abs(value))
        let (carried, newPoint) = round(digits, point: point, toCount: precision)
        let rounded = Array(carried.prefix(precision))
        let exponent = newPoint - 1
        var result: String
        if exponent < -6 || exponent >= precision {
            result = text(rounded.prefix(1))
            if precision > 1 { result += "." + text(rounded.dropFirst()) }
            result += "e" + (exponent < 0 ? "-" : "+") + String(abs(exponent))
        } else if exponent >= 0 {
            result = text(rounded[...exponent])
            if precision > exponent + 1 { result += "." + text(rounded[(exponent + 1)...]) }
        } else {
            result = "0." + String(repeating: "0", count: -exponent - 1) + text(rounded)
        }
        return negative ? "-" + result : result
    }

    /// `Number.prototype.toString(radix)` for radix 2…36 (V8's algorithm: fraction digits only up to the
    /// value's precision).
    static func radixString(_ value: Double, radix: Int) -> String {
        if radix == 10 || !value.isFinite { return JSNumberFormatter.string(value) }
        if value == 0 { return "0" }
        let chars = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        let negative = value < 0
        let magnitude = abs(value)
        var integer = magnitude.rounded(.down)
        var fraction = magnitude - integer
        var delta = max(0.5 * (magnitude.nextUp - magnitude), Double.leastNonzeroMagnitude)
        var fractionDigits: [Int] = []
        let base = Double(radix)
        if fraction >= delta {
            repeat {
                fraction *= base
                delta *= base
                let digit = Int(fraction)
                fractionDigits.append(digit)
                fraction -= Double(digit)
                if fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1), fraction + delta > 1 {
                    while true {
                        guard let last = fractionDigits.popLast() else {
                            integer += 1
                            break
                        }
                        if last + 1 < radix {
                            fractionDigits.append(last + 1)
                            break
                        }
                    }
                    break
                }
            } while fraction >= delta
        }
        var integerDigits: [Character] = []
        while (integer / base).exponent > 52 {
            integer /= base
            integerDigits.append("0")
        }
        repeat {
            let remainder = integer.truncatingRemainder(dividingBy: base)
            integerDigits.append(chars[Int(remainder)])
            integer = (integer - remainder) / base
        } while integer > 0
        var result = String(integerDigits.reversed())
        if !fractionDigits.isEmpty { result += "." + String(fractionDigits.map { chars[$0] }) }
        return negative ? "-" + result : result
    }

    /// `toLocaleString()` in en-US: grouped integer digits, at most three fraction digits.
    static func locale(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        var fixed = fixed(value, fractionDigits: 3)
        if fixed.contains(".") {
            while fixed.hasSuffix("0") { fixed.removeLast() }
            if fixed.hasSuffix(".") { fixed.removeLast() }
        }
        let negative = fixed.hasPrefix("-")
        if negative { fixed.removeFirst() }
        let parts = fixed.split(separator: ".", maxSplits: 1)
        var grouped = ""
        for (index, character) in parts[0].enumerated() {
            if index > 0, (parts[0].count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        if parts.count > 1 { grouped += "." + parts[1] }
        return (negative && grouped != "0" ? "-" : "") + grouped
    }
}
