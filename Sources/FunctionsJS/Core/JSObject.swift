/// A JavaScript object: ordered properties, a prototype, and what kind of object it is.
///
/// Plain objects, arrays, functions, errors, promises, regular expressions, dates and native
/// objects (a Swift value boxed for a bridge) are all `JSObject`s; ``kind`` says which, and the
/// builtin methods of that kind (`push`, `then`, `test`, …) are found after the prototype chain.
///
/// ```swift
/// let response = JSObject(native: FunctionResponse(), className: "Response")
/// response.defineMethod("setStatusCode", parameters: 1) { this, arguments in
///     // … update the native value …
///     return this
/// }
/// ```
public final class JSObject {
    /// What an object is, which decides its builtin methods and how operators treat it.
    public enum Kind: Sendable, Equatable {
        /// `{}`.
        case plain
        /// `[]`: elements live in ``JSObject/elements``.
        case array
        /// Something callable.
        case function
        /// An `Error` (or `TypeError`, …); its ``JSObject/className`` is its default `name`.
        case error
        /// A `Promise`: see ``JSObject/promiseState``.
        case promise
        /// A `RegExp`.
        case regex
        /// A `Date`: milliseconds since 1970 in ``JSObject/time``.
        case date
        /// A Swift value boxed for a bridge: see ``JSObject/nativeValue``.
        case native
    }

    /// The object's kind.
    public let kind: Kind
    /// The class name (`"Object"`, `"Array"`, `"TypeError"`, `"Response"`, …), used by `instanceof` for native
    /// classes, by `Object.prototype.toString` and as an error's default `name`.
    public var className: String
    /// The prototype; `nil` ends the chain (the kind's builtin methods are still found).
    public var prototype: JSObject?
    /// The elements of an array.
    public var elements: [JSValue] = []
    /// The boxed Swift value of a native object (or any object a bridge attaches one to).
    public var nativeValue: Any?

    var keyOrder: [String] = []
    var table: [String: JSProperty] = [:]
    var function: JSFunction?
    var promiseState: JSPromiseState = .pending
    var regex: JSRegExp?
    var time: Double = .nan

    /// A new plain object.
    public init() {
        kind = .plain
        className = "Object"
    }

    /// A new object of `kind`.
    init(kind: Kind, className: String) {
        self.kind = kind
        self.className = className
    }

    /// A new array holding `elements`.
    public convenience init(array elements: [JSValue]) {
        self.init(kind: .array, className: "Array")
        self.elements = elements
    }

    /// A native object boxing `native`; install its properties and methods with ``define(_:_:enumerable:)``,
    /// ``defineMethod(_:parameters:_:)`` and ``defineAccessor(_:enumerable:get:set:)``, or share them through
    /// `prototype`.
    public convenience init(native: Any, className: String, prototype: JSObject? = nil) {
        self.init(kind: .native, className: className)
        self.nativeValue = native
        self.prototype = prototype
    }

    convenience init(regex: JSRegExp) {
        self.init(kind: .regex, className: "RegExp")
        self.regex = regex
        table["lastIndex"] = JSProperty(.number(0), enumerable: false)
        keyOrder.append("lastIndex")
    }

    /// The boxed native value, when it is a `T`.
    public func native<T>(as type: T.Type) -> T? {
        nativeValue as? T
    }

    /// Whether this object can be called.
    public var isCallable: Bool { function != nil }

    /// Whether `new` works on this object.
    public var isConstructor: Bool {
        guard let function else { return false }
        if let target = function.boundTarget { return target.isConstructor }
        return function.construct != nil
    }

    /// An array's length, or nil when this is not an array.
    public var arrayLength: Int? { kind == .array ? elements.count : nil }
}

/// One property slot: a value, or a getter and setter run with the object the property was read from.
struct JSProperty {
    enum Slot {
        case value(JSValue)
        case accessor(get: ((JSValue) -> JSValue)?, set: ((JSValue, JSValue) -> Void)?)
    }

    var slot: Slot
    var enumerable: Bool

    init(_ value: JSValue, enumerable: Bool = true) {
        slot = .value(value)
        self.enumerable = enumerable
    }

    init(get: ((JSValue) -> JSValue)?, set: ((JSValue, JSValue) -> Void)?, enumerable: Bool) {
        slot = .accessor(get: get, set: set)
        self.enumerable = enumerable
    }
}

/// A promise's state; a promise in the Swift port is settled when it is made, except while an executor runs.
public enum JSPromiseState {
    /// Not settled yet.
    case pending
    /// Fulfilled with a value.
    case fulfilled(JSValue)
    /// Rejected with a reason.
    case rejected(JSValue)
}
