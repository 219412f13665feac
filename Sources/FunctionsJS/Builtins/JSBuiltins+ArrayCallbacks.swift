extension JSBuiltins {
    /// `Array.prototype`'s methods that call a JavaScript function for the elements.
    static let arrayCallbackMethods: [String: JSBuiltinMethod] = [
        "forEach": JSBuiltinMethod(1) { this, arguments in
            try await each(this, "forEach", arguments) { _, _, _ in true }
            return .undefined
        },
        "map": JSBuiltinMethod(1) { this, arguments in
            var output: [JSValue] = []
            try await each(this, "map", arguments) { _, _, result in
                output.append(result)
                return true
            }
            return .array(output)
        },
        "filter": JSBuiltinMethod(1) { this, arguments in
            var output: [JSValue] = []
            try await each(this, "filter", arguments) { element, _, result in
                if result.isTruthy { output.append(element) }
                return true
            }
            return .array(output)
        },
        "find": JSBuiltinMethod(1) { this, arguments in
            var found = JSValue.undefined
            try await each(this, "find", arguments) { element, _, result in
                if result.isTruthy { found = element }
                return !result.isTruthy
            }
            return found
        },
        "findIndex": JSBuiltinMethod(1) { this, arguments in
            var found = -1
            try await each(this, "findIndex", arguments) { _, index, result in
                if result.isTruthy { found = index }
                return !result.isTruthy
            }
            return .number(Double(found))
        },
        "findLast": JSBuiltinMethod(1) { this, arguments in
            var found = JSValue.undefined
            try await each(this, "findLast", arguments, reversed: true) { element, _, result in
                if result.isTruthy { found = element }
                return !result.isTruthy
            }
            return found
        },
        "findLastIndex": JSBuiltinMethod(1) { this, arguments in
            var found = -1
            try await each(this, "findLastIndex", arguments, reversed: true) { _, index, result in
                if result.isTruthy { found = index }
                return !result.isTruthy
            }
            return .number(Double(found))
        },
        "some": JSBuiltinMethod(1) { this, arguments in
            var found = false
            try await each(this, "some", arguments) { _, _, result in
                found = result.isTruthy
                return !found
            }
            return .bool(found)
        },
        "every": JSBuiltinMethod(1) { this, arguments in
            var all = true
            try await each(this, "every", arguments) { _, _, result in
                all = result.isTruthy
                return all
            }
            return .bool(all)
        },
        "flatMap": JSBuiltinMethod(1) { this, arguments in
            var output: [JSValue] = []
            try await each(this, "flatMap", arguments) { _, _, result in
                output += flatten([result], depth: 1)
                return true
            }
            return .array(output)
        },
        "reduce": JSBuiltinMethod(1) { this, arguments in
            try await reduce(this, arguments, method: "reduce", reversed: false)
        },
        "reduceRight": JSBuiltinMethod(1) { this, arguments in
            try await reduce(this, arguments, method: "reduceRight", reversed: true)
        },
        "sort": JSBuiltinMethod(1) { this, arguments in
            let array = try arrayThis(this, "sort")
            let comparator = arguments[0]
            guard comparator.isUndefined || comparator.isCallable else {
                throw JSThrow.typeError("The comparison function must be either a function or undefined")
            }
            array.elements = try await sorted(array.elements, comparator: comparator)
            return this
        },
    ]

    /// Calls `arguments[0]` with (element, index, array) for each index below the starting length, stopping when
    /// `visit` answers false.
    private static func each(
        _ this: JSValue,
        _ method: String,
        _ arguments: [JSValue],
        reversed: Bool = false,
        _ visit: (JSValue, Int, JSValue) throws -> Bool
    ) async throws {
        let array = try arrayThis(this, method)
        let callback = arguments[0]
        guard callback.isCallable else { throw JSThrow.typeError("\(callback.debugName) is not a function") }
        let thisArgument = arguments.argument(1)
        let length = array.elements.count
        for step in 0..<length {
            let index = reversed ? length - 1 - step : step
            let element = index < array.elements.count ? array.elements[index] : .undefined
            let result = try await callback.call(this: thisArgument, arguments: [element, .number(Double(index)), this])
            guard try visit(element, index, result) else { return }
        }
    }

    private static func reduce(_ this: JSValue, _ arguments: [JSValue], method: String, reversed: Bool) async throws -> JSValue {
        let array = try arrayThis(this, method)
        let callback = arguments[0]
        guard callback.isCallable else { throw JSThrow.typeError("\(callback.debugName) is not a function") }
        let length = array.elements.count
        var indexes = Array(0..<length)
        if reversed { indexes.reverse() }
        var accumulator: JSValue
        if arguments.count > 1 {
            accumulator = arguments[1]
        } else {
            guard let first = indexes.first else { throw JSThrow.typeError("Reduce of empty array with no initial value") }
            accumulator = array.elements[first]
            indexes.removeFirst()
        }
        for index in indexes where index < array.elements.count {
            accumulator = try await callback.call(
                this: .undefined, arguments: [accumulator, array.elements[index], .number(Double(index)), this])
        }
        return accumulator
    }

    /// A stable merge sort; `undefined` sorts last, other values by the comparator or by their strings.
    static func sorted(_ elements: [JSValue], comparator: JSValue) async throws -> [JSValue] {
        let defined = elements.filter { !$0.isUndefined }
        let undefinedCount = elements.count - defined.count
        var keyed: [(JSValue, String)] = comparator.isUndefined ? defined.map { ($0, $0.toString) } : defined.map { ($0, "") }
        var width = 1
        while width < keyed.count {
            var merged: [(JSValue, String)] = []
            merged.reserveCapacity(keyed.count)
            var start = 0
            while start < keyed.count {
                let middle = min(start + width, keyed.count)
                let end = min(start + 2 * width, keyed.count)
                var left = start
                var right = middle
                while left < middle, right < end {
                    let order: Double
                    if comparator.isUndefined {
                        order = Double(JSStrings.compare(keyed[left].1, keyed[right].1))
                    } else {
                        order = try await comparator.call(this: .undefined, arguments: [keyed[left].0, keyed[right].0]).toNumber
                    }
                    if order > 0 {
                        merged.append(keyed[right])
                        right += 1
                    } else {
                        merged.append(keyed[left])
                        left += 1
                    }
                }
                merged += keyed[left..<middle]
                merged += keyed[right..<end]
                start = end
            }
            keyed = merged
            width *= 2
        }
        return keyed.map(\.0) + repeatElement(.undefined, count: undefinedCount)
    }
}
