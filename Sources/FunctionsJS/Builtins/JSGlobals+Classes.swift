import Foundation

extension JSGlobals {
    static func makeDateConstructor() -> JSValue {
        makeClass(
            "Date", parameters: 7,
            call: { _, _ in .string(JSDate.displayString(now())) },
            construct: { arguments, _ in
                let given = arguments.prefix { !$0.isUndefined }
                switch given.count {
                case 0: return JSBuiltins.makeDate(now())
                case 1:
                    let value = given[0]
                    if case .object(let object) = value, object.kind == .date { return JSBuiltins.makeDate(object.time) }
                    let primitive = value.toPrimitive()
                    if case .string(let text) = primitive { return JSBuiltins.makeDate(JSDate.parse(text)) }
                    return JSBuiltins.makeDate(primitive.toNumber)
                default:
                    return JSBuiltins.makeDate(utc(Array(given)))
                }
            },
            statics: [
                "now": JSBuiltinMethod(0) { _, _ in .number(now()) },
                "parse": JSBuiltinMethod(1) { _, arguments in .number(JSDate.parse(arguments[0].toString)) },
                "UTC": JSBuiltinMethod(7) { _, arguments in .number(utc(Array(arguments.prefix { !$0.isUndefined }))) },
            ],
            prototype: JSBuiltins.dateMethods)
    }

    static func now() -> Double {
        (Date().timeIntervalSince1970 * 1000).rounded(.down)
    }

    /// MakeDate from (year, month0, day, hours, minutes, seconds, ms); years 0…99 mean 1900…1999.
    static func utc(_ parts: [JSValue]) -> Double {
        var numbers = parts.map(\.toNumber)
        guard numbers.allSatisfy(\.isFinite), !numbers.isEmpty else { return .nan }
        numbers += [0, 1, 0, 0, 0, 0].suffix(max(0, 7 - numbers.count))
        let values = numbers.map { max(-1e9, min(1e9, $0.rounded(.towardZero))) }
        var year = Int(values[0])
        if (0...99).contains(year) { year += 1900 }
        let monthIndex = Int(values[1])
        let base = JSDate.time(year: year, month: 1, day: 1)
        let days = Double(JSDate.days(year: year, month: monthIndex + 1, day: 1)) - Double(JSDate.days(year: year, month: 1, day: 1))
        let total = base + (days + values[2] - 1) * JSDate.msPerDay + values[3] * 3_600_000 + values[4] * 60_000 + values[5] * 1000 + values[6]
        return JSDate.clip(total)
    }

    static func makePromiseConstructor() -> JSValue {
        makeClass(
            "Promise", parameters: 1,
            call: nil,
            construct: { arguments, _ in
                let executor = arguments[0]
                guard executor.isCallable else { throw JSThrow.typeError("Promise resolver \(executor.debugName) is not a function") }
                return try await JSValue.promise { resolve, reject in
                    _ = try await executor.call(this: .undefined, arguments: [resolve, reject])
                }
            },
            statics: promiseStatics,
            prototype: JSBuiltins.promiseMethods)
    }

    static let promiseStatics: [String: JSBuiltinMethod] = [
        "resolve": JSBuiltinMethod(1) { _, arguments in
            if case .object(let object) = arguments[0], object.kind != .promise, object.get("then").isCallable {
                return try await JSValue.promise { resolve, _ in _ = try await resolve(arguments[0]) }
            }
            return .resolvedPromise(arguments[0])
        },
        "reject": JSBuiltinMethod(1) { _, arguments in .rejectedPromise(arguments[0]) },
        "all": JSBuiltinMethod(1) { _, arguments in
            var values: [JSValue] = []
            for item in arguments[0].iteratedValues {
                do {
                    values.append(try await item.awaited())
                } catch {
                    return .rejectedPromise(JSValue(caught: error))
                }
            }
            return .resolvedPromise(.array(values))
        },
        "allSettled": JSBuiltinMethod(1) { _, arguments in
            var values: [JSValue] = []
            for item in arguments[0].iteratedValues {
                do {
                    values.append(["status": "fulfilled", "value": try await item.awaited()])
                } catch {
                    values.append(["status": "rejected", "reason": JSValue(caught: error)])
                }
            }
            return .resolvedPromise(.array(values))
        },
        "race": JSBuiltinMethod(1) { _, arguments in
            guard let first = arguments[0].iteratedValues.first else {
                return .settledPromise(.pending)
            }
            do {
                return .resolvedPromise(try await first.awaited())
            } catch {
                return .rejectedPromise(JSValue(caught: error))
            }
        },
        "any": JSBuiltinMethod(1) { _, arguments in
            var reasons: [JSValue] = []
            for item in arguments[0].iteratedValues {
                do {
                    return .resolvedPromise(try await item.awaited())
                } catch {
                    reasons.append(JSValue(caught: error))
                }
            }
            let error = JSValue.makeError("AggregateError", "All promises were rejected")
            error.errors = .array(reasons)
            return .rejectedPromise(error)
        },
    ]

    static func makeBufferConstructor() -> JSValue {
        makeClass(
            "Buffer", parameters: 2,
            call: nil,
            construct: { _, _ in throw JSThrow.typeError("new Buffer() is deprecated: use Buffer.from() or Buffer.alloc()") },
            statics: [
                "from": JSBuiltinMethod(2) { _, arguments in
                    switch arguments[0] {
                    case .string(let text): return .buffer(try JSBufferEncoding.decode(text, arguments[1]))
                    case .object(let object):
                        if let buffer = object.nativeValue as? JSBuffer { return .buffer(buffer.bytes) }
                        if object.kind == .array {
                            return .buffer(object.elements.map { UInt8(truncatingIfNeeded: Int($0.toUInt32 & 0xFF)) })
                        }
                        fallthrough
                    default:
                        throw JSThrow.typeError(
                            "The first argument must be of type string or an instance of Buffer or Array. Received \(arguments[0].debugName)")
                    }
                },
                "alloc": JSBuiltinMethod(2) { _, arguments in
                    let size = arguments[0].toNumber
                    guard size >= 0, size <= Double(JSObject.maximumArrayGap * 64) else {
                        throw JSThrow.rangeError("The value of \"size\" is out of range. Received \(arguments[0].toString)")
                    }
                    let fill = arguments[1].isUndefined ? 0 : UInt8(truncatingIfNeeded: Int(arguments[1].toUInt32 & 0xFF))
                    return .buffer(Array(repeating: fill, count: Int(size)))
                },
                "isBuffer": JSBuiltinMethod(1) { _, arguments in .bool(arguments[0].native(as: JSBuffer.self) != nil) },
                "byteLength": JSBuiltinMethod(2) { _, arguments in
                    if let buffer = arguments[0].native(as: JSBuffer.self) { return .number(Double(buffer.bytes.count)) }
                    return .number(Double(try JSBufferEncoding.decode(arguments[0].toString, arguments[1]).count))
                },
                "concat": JSBuiltinMethod(1) { _, arguments in
                    .buffer(arguments[0].iteratedValues.flatMap { $0.native(as: JSBuffer.self)?.bytes ?? [] })
                },
            ],
            prototype: JSBuiltins.bufferMethods)
    }
}
