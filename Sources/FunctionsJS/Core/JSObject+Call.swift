extension JSObject {
    /// JavaScript recursion deeper than this throws a RangeError instead of exhausting memory.
    static let maximumCallDepth = 2_000

    @TaskLocal static var callDepth = 0

    /// Calls the function with `this` (nil keeps a method reference's receiver).
    public func invoke(this: JSValue?, arguments: [JSValue]) async throws -> JSValue {
        guard let function else {
            throw JSThrow.typeError("\(JSValue.object(self).debugName) is not a function")
        }
        if let target = function.boundTarget {
            let receiver = function.isMethodReference ? (this ?? function.boundThis) : function.boundThis
            let combined = function.boundArguments.isEmpty ? arguments : function.boundArguments + arguments
            return try await target.invoke(this: receiver, arguments: combined)
        }
        guard let body = function.call else {
            throw JSThrow.typeError("Class constructor \(function.name) cannot be invoked without 'new'")
        }
        let depth = Self.callDepth
        guard depth < Self.maximumCallDepth else {
            throw JSThrow.error("RangeError", "Maximum call stack size exceeded")
        }
        let padded = Self.padded(arguments, to: function.parameters)
        return try await Self.$callDepth.withValue(depth + 1) {
            try await body(this ?? .undefined, padded)
        }
    }

    /// `new` applied to this function, with `newTarget` as `new.target`.
    public func construct(arguments: [JSValue], newTarget: JSObject) async throws -> JSValue {
        guard let function else {
            throw JSThrow.typeError("\(JSValue.object(self).debugName) is not a constructor")
        }
        if let target = function.boundTarget {
            let combined = function.boundArguments + arguments
            return try await target.construct(arguments: combined, newTarget: newTarget === self ? target : newTarget)
        }
        switch function.construct {
        case .none:
            throw JSThrow.typeError("\(JSValue.object(self).debugName) is not a constructor")
        case .native(let body):
            return try await body(Self.padded(arguments, to: function.parameters), newTarget)
        case .ordinary:
            let instance = JSObject()
            instance.prototype = newTarget.get("prototype").objectValue
            let result = try await invoke(this: .object(instance), arguments: arguments)
            if case .object = result { return result }
            return .object(instance)
        }
    }

    static func padded(_ arguments: [JSValue], to count: Int) -> [JSValue] {
        guard arguments.count < count else { return arguments }
        return arguments + repeatElement(.undefined, count: count - arguments.count)
    }
}
