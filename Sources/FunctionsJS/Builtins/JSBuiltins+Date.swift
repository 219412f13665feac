extension JSBuiltins {
    /// `Date.prototype`'s methods (local time is UTC).
    static let dateMethods: [String: JSBuiltinMethod] = {
        var table: [String: JSBuiltinMethod] = [
            "getTime": JSBuiltinMethod(0) { this, _ in .number(try dateThis(this).time) },
            "valueOf": JSBuiltinMethod(0) { this, _ in .number(try dateThis(this).time) },
            "getTimezoneOffset": JSBuiltinMethod(0) { this, _ in
                try dateThis(this).time.isNaN ? .number(.nan) : 0
            },
            "toISOString": JSBuiltinMethod(0) { this, _ in
                let time = try dateThis(this).time
                guard time.isFinite else { throw JSThrow.rangeError("Invalid time value") }
                return .string(JSDate.isoString(time))
            },
            "toJSON": JSBuiltinMethod(1) { this, _ in
                let time = try dateThis(this).time
                return time.isFinite ? .string(JSDate.isoString(time)) : .null
            },
            "toString": JSBuiltinMethod(0) { this, _ in .string(JSDate.displayString(try dateThis(this).time)) },
            "toUTCString": JSBuiltinMethod(0) { this, _ in .string(JSDate.utcString(try dateThis(this).time)) },
            "toGMTString": JSBuiltinMethod(0) { this, _ in .string(JSDate.utcString(try dateThis(this).time)) },
            "toDateString": JSBuiltinMethod(0) { this, _ in
                .string(String(JSDate.displayString(try dateThis(this).time).prefix(15)))
            },
            "toLocaleString": JSBuiltinMethod(0) { this, _ in .string(localeString(try dateThis(this).time, date: true, time: true)) },
            "toLocaleDateString": JSBuiltinMethod(0) { this, _ in .string(localeString(try dateThis(this).time, date: true, time: false)) },
            "toLocaleTimeString": JSBuiltinMethod(0) { this, _ in .string(localeString(try dateThis(this).time, date: false, time: true)) },
            "setTime": JSBuiltinMethod(1) { this, arguments in
                let date = try dateThis(this)
                date.time = JSDate.clip(arguments[0].toNumber)
                return .number(date.time)
            },
        ]
        let getters: [(String, @Sendable (JSDate.Fields) -> Int)] = [
            ("FullYear", { $0.year }), ("Month", { $0.month - 1 }), ("Date", { $0.day }), ("Day", { $0.weekday }),
            ("Hours", { $0.hour }), ("Minutes", { $0.minute }), ("Seconds", { $0.second }), ("Milliseconds", { $0.millisecond }),
        ]
        for (name, field) in getters {
            let method = JSBuiltinMethod(0) { this, _ in
                let time = try dateThis(this).time
                return time.isFinite ? .number(Double(field(JSDate.fields(time)))) : .number(.nan)
            }
            table["get" + name] = method
            table["getUTC" + name] = method
        }
        return table
    }()

    private static func dateThis(_ this: JSValue) throws -> JSObject {
        guard case .object(let object) = this, object.kind == .date else { throw JSThrow.typeError("this is not a Date object.") }
        return object
    }

    /// en-US `toLocaleString`: `3/5/2024, 10:00:00 AM`.
    private static func localeString(_ time: Double, date: Bool, time showTime: Bool) -> String {
        guard time.isFinite else { return "Invalid Date" }
        let f = JSDate.fields(time)
        var parts: [String] = []
        if date { parts.append("\(f.month)/\(f.day)/\(f.year)") }
        if showTime {
            let hour = f.hour % 12 == 0 ? 12 : f.hour % 12
            let minute = f.minute < 10 ? "0\(f.minute)" : "\(f.minute)"
            let second = f.second < 10 ? "0\(f.second)" : "\(f.second)"
            parts.append("\(hour):\(minute):\(second) \(f.hour < 12 ? "AM" : "PM")")
        }
        return parts.joined(separator: ", ")
    }

    /// A new `Date` object for a time value (clipped).
    static func makeDate(_ time: Double) -> JSValue {
        let date = JSObject(kind: .date, className: "Date")
        date.time = JSDate.clip(time)
        return .object(date)
    }
}
