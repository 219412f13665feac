extension JSValue {
    /// The message `await` throws for a promise nothing will ever settle in the Swift port.
    static let pendingPromiseMessage = "a promise that is never settled synchronously is not supported in the Swift port"

    /// `await x`: a fulfilled promise gives its value, a rejected one throws ``JSThrow`` with its reason, a thenable
    /// is asked for its value, and anything else is itself.
    @discardableResult
    public func awaited() async throws -> JSValue {
        guard case .object(let object) = self else { return self }
        if object.kind == .promise {
            switch object.promiseState {
            case .fulfilled(let value): return value
            case .rejected(let reason): throw JSThrow(reason)
            case .pending: throw JSThrow.error("Error", Self.pendingPromiseMessage)
            }
        }
        let then = object.get("then", receiver: self)
        guard then.isCallable else { return self }
        let adopted = try await JSValue.promise { resolve, reject in
            _ = try await then.call(this: self, arguments: [resolve, reject])
        }
        return try await adopted.awaited()
    }

    /// A promise fulfilled with `value` (a promise passed in is returned as it is, as `Promise.resolve` does).
    public static func resolvedPromise(_ value: JSValue) -> JSValue {
        if case .object(let object) = value, object.kind == .promise { return value }
        return settledPromise(.fulfilled(value))
    }

    /// A promise rejected with `reason`.
    public static func rejectedPromise(_ reason: JSValue) -> JSValue {
        settledPromise(.rejected(reason))
    }

    /// A promise in `state`.
    static func settledPromise(_ state: JSPromiseState) -> JSValue {
        let promise = JSObject(kind: .promise, className: "Promise")
        promise.promiseState = state
        return .object(promise)
    }

    /// `new Promise(executor)`: runs the executor at once with `resolve` and `reject` functions; a throw rejects.
    public static func promise(
        _ executor: (_ resolve: JSValue, _ reject: JSValue) async throws -> Void
    ) async throws -> JSValue {
        let promise = JSObject(kind: .promise, className: "Promise")
        let resolve = JSValue.function("resolve", parameters: 1) { _, arguments in
            await promise.resolvePromise(with: arguments[0])
            return .undefined
        }
        let reject = JSValue.function("reject", parameters: 1) { _, arguments in
            promise.settle(.rejected(arguments[0]))
            return .undefined
        }
        do {
            try await executor(resolve, reject)
        } catch {
            promise.settle(.rejected(JSValue(caught: error)))
        }
        return .object(promise)
    }

    /// The promise's state, when this is a promise.
    public var promiseState: JSPromiseState? {
        guard case .object(let object) = self, object.kind == .promise else { return nil }
        return object.promiseState
    }
}

extension JSObject {
    /// Settles a pending promise; later settlements are ignored, as in JavaScript.
    func settle(_ state: JSPromiseState) {
        guard case .pending = promiseState else { return }
        promiseState = state
    }

    /// Resolves a pending promise with a value, adopting the state of a promise or thenable.
    func resolvePromise(with value: JSValue) async {
        guard case .pending = promiseState else { return }
        if case .object(let other) = value {
            if other === self {
                settle(.rejected(JSValue.makeError("TypeError", "Chaining cycle detected for promise #<Promise>")))
                return
            }
            if other.kind == .promise || other.get("then").isCallable {
                do {
                    settle(.fulfilled(try await value.awaited()))
                } catch {
                    settle(.rejected(JSValue(caught: error)))
                }
                return
            }
        }
        settle(.fulfilled(value))
    }
}
