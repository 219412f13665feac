import FunctionsJS
import Testing

@Suite struct OperatorTests {
    @Test(arguments: [
        (V.number(1), V.string("2"), "12"),
        ("a", .null, "anull"),
        ("a", .undefined, "aundefined"),
        (1, true, "2"),
        (1, .null, "1"),
        (1, .undefined, "NaN"),
        ([1, 2], [3], "1,23"),
        (.emptyObject, 1, "[object Object]1"),
        (0.1, 0.2, "0.30000000000000004"),
        ([], [], ""),
    ] as [(V, V, String)])
    func addition(lhs: V, rhs: V, expected: String) {
        #expect((lhs.js + rhs.js).toString == expected)
    }

    @Test func arithmetic() {
        let table: [(JSValue, String)] = [
            ("10" - 3, "7"), ("6" * "7", "42"), (JSValue.number(1) / 0, "Infinity"), (JSValue.number(-1) / 0, "-Infinity"),
            (JSValue.number(0) / 0, "NaN"), (JSValue.number(-7) % 3, "-1"), (JSValue.number(7) % -3, "1"),
            (JSValue.power(2, 10), "1024"), (JSValue.power(1, .number(.infinity)), "NaN"), (-JSValue.string("3"), "-3"),
            (+JSValue.string(" 12 "), "12"), (+JSValue.string("0x1F"), "31"), (+JSValue.string("1e3"), "1000"),
            (+JSValue.string("12px"), "NaN"), (+JSValue.string(""), "0"), (+JSValue.array([]), "0"), (+JSValue.array([5]), "5"),
            (~JSValue.number(5), "-6"), (JSValue.bitwise(.unsignedRightShift, -1, 0), "4294967295"),
            (JSValue.bitwise(.leftShift, 1, 31), "-2147483648"), (JSValue.bitwise(.and, 0xFF, 0x0F), "15"),
            (JSValue.bitwise(.or, 1.9, 0), "1"), (JSValue.bitwise(.rightShift, -16, 2), "-4"), (+JSValue.null, "0"),
        ]
        for (result, expected) in table {
            #expect(result.toString == expected)
        }
    }

    @Test(arguments: [
        (V.null, V.undefined, true, false),
        (1, "1", true, false),
        (0, "", true, false),
        (0, false, true, false),
        ("1", true, true, false),
        (.null, 0, false, false),
        (.undefined, 0, false, false),
        (.number(.nan), .number(.nan), false, false),
        ("a", "a", true, true),
        (.emptyObject, .emptyObject, false, false),
        ([1], "1", true, false),
        (0, -0.0, true, true),
    ] as [(V, V, Bool, Bool)])
    func equality(lhs: V, rhs: V, loose: Bool, strict: Bool) {
        let lhs = lhs.js
        let rhs = rhs.js
        #expect((lhs == rhs).isTruthy == loose)
        #expect((lhs != rhs).isTruthy == !loose)
        #expect((lhs === rhs).isTruthy == strict)
        #expect((lhs !== rhs).isTruthy == !strict)
    }

    @Test(arguments: [
        (V.string("a"), V.string("b"), true), ("B", "a", true), ("10", "9", true), (10, "9", false),
        ("abc", "ab", false), (.null, 1, true), (.undefined, 1, false), (.number(.nan), 1, false), ("😀", "\u{FFFF}", true),
    ] as [(V, V, Bool)])
    func lessThan(lhs: V, rhs: V, expected: Bool) {
        let lhs = lhs.js
        let rhs = rhs.js
        #expect((lhs < rhs).isTruthy == expected)
        #expect((rhs > lhs).isTruthy == expected)
    }

    @Test func objectsCompareByIdentity() {
        let object = JSValue.object(JSObject())
        #expect((object === object).isTruthy)
        #expect((object == object).isTruthy)
        #expect(!(object === JSValue.object(JSObject())).isTruthy)
    }

    @Test func lessOrEqualTreatsNaNAsUnordered() {
        #expect((JSValue.null <= 0).isTruthy)
        #expect(!(JSValue.undefined <= 0).isTruthy)
        #expect((JSValue.string("a") >= "a").isTruthy)
    }

    @Test(arguments: [
        (V.undefined, false), (.null, false), (0, false), (-0.0, false), (.number(.nan), false), ("", false),
        ("0", true), (" ", true), ([], true), (.emptyObject, true), (1, true), (false, false),
    ] as [(V, Bool)])
    func truthiness(value: V, expected: Bool) {
        let value = value.js
        #expect(value.isTruthy == expected)
        #expect((!value).isTruthy == !expected)
    }
}
