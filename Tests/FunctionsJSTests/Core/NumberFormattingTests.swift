import FunctionsJS
import Testing

@Suite struct NumberFormattingTests {
    let js = CoreHarness()

    @Test(arguments: [
        (1.0, "1"), (-0.0, "0"), (0.1 + 0.2, "0.30000000000000004"), (1e21, "1e+21"), (1e-7, "1e-7"),
        (Double("123456789012345680000")!, "123456789012345680000"), (.nan, "NaN"), (.infinity, "Infinity"), (-.infinity, "-Infinity"),
        (0.000001, "0.000001"), (1.5e-10, "1.5e-10"), (9007199254740992, "9007199254740992"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (Double.leastNonzeroMagnitude, "5e-324"), (100, "100"), (-1.25, "-1.25"), (123.456, "123.456"), (1e20, "100000000000000000000"),
        (12345678.9, "12345678.9"), (0.1, "0.1"), (1 / 3, "0.3333333333333333"), (4.35, "4.35"), (1.2e-6, "0.0000012"),
    ] as [(Double, String)])
    func numberToString(value: Double, expected: String) {
        #expect(JSValue.number(value).toString == expected)
    }

    @Test(arguments: [
        (1.45, 1, "1.4"), (2.5, 0, "3"), (-2.5, 0, "-3"), (0.5, 0, "1"), (1.55, 1, "1.6"),
        (123.456, 2, "123.46"), (0, 2, "0.00"), (1e21, 2, "1e+21"), (-0.0001, 2, "-0.00"), (0.000001, 7, "0.0000010"),
        (99.995, 2, "100.00"), (1.005, 2, "1.00"), (0.009, 2, "0.01"), (1234.5678, 0, "1235"),
    ] as [(Double, Int, String)])
    func toFixed(value: Double, digits: Int, expected: String) async throws {
        #expect(try await JSValue.number(value).invoke("toFixed", .number(Double(digits))).toString == expected)
    }

    @Test(arguments: [
        (123.456, 4, "123.5"), (0.000123, 2, "0.00012"), (123456, 2, "1.2e+5"), (1e21, 3, "1.00e+21"), (2.5, 1, "3"),
        (0, 3, "0.00"), (1e-7, 2, "1.0e-7"), (99.99, 3, "100"),
    ] as [(Double, Int, String)])
    func toPrecision(value: Double, precision: Int, expected: String) async throws {
        #expect(try await JSValue.number(value).invoke("toPrecision", .number(Double(precision))).toString == expected)
    }

    @Test(arguments: [
        (255.0, 16, "ff"), (255, 2, "11111111"), (-255, 36, "-73"), (0.5, 2, "0.1"), (0.1, 3, "0.0022002200220022002200220022002201"),
        (3.75, 16, "3.c"), (1e21, 16, "3635c9adc5dea00000"), (10, 10, "10"),
    ] as [(Double, Int, String)])
    func toStringWithRadix(value: Double, radix: Int, expected: String) async throws {
        #expect(try await JSValue.number(value).invoke("toString", .number(Double(radix))).toString == expected)
    }

    @Test func badDigitArgumentsThrowRangeErrors() async {
        #expect(await thrownMessage { try await JSValue.number(1).toFixed(101) } == "RangeError: toFixed() digits argument must be between 0 and 100")
        #expect(await thrownMessage { try await JSValue.number(1).invoke("toString", 1) } == "RangeError: toString() radix must be between 2 and 36")
        #expect(await thrownMessage { try await JSValue.number(1).toPrecision(0) } == "RangeError: toPrecision() argument must be between 1 and 100")
    }

    @Test(arguments: [
        (1234567.891, "1,234,567.891"), (-1234.5, "-1,234.5"), (0.12345, "0.123"), (1000, "1,000"),
    ] as [(Double, String)])
    func toLocaleString(value: Double, expected: String) async throws {
        #expect(try await JSValue.number(value).toLocaleString().toString == expected)
    }
}
