/// The body of a JavaScript function: `(this, arguments) -> result`.
///
/// `arguments` always holds at least the function's declared parameter count (padded with `undefined`).
public typealias JSFunctionBody = (_ this: JSValue, _ arguments: [JSValue]) async throws -> JSValue

/// What `new F(…)` runs: the arguments and `new.target` (the constructor `new` was applied to).
public typealias JSConstructBody = (_ arguments: [JSValue], _ newTarget: JSObject) async throws -> JSValue

/// The callable part of a function object.
struct JSFunction {
    /// How `new` treats the function.
    enum Construct {
        /// Like a JavaScript `function`: a new object whose prototype is `F.prototype` is `this`.
        case ordinary
        /// A native constructor.
        case native(JSConstructBody)
    }

    var name: String
    var parameters: Int
    /// Nil for a class-like constructor that cannot be called without `new`.
    var call: JSFunctionBody?
    var construct: Construct?
    /// For a bound function (or a method read from an object): the function it calls.
    var boundTarget: JSObject?
    var boundThis: JSValue = .undefined
    var boundArguments: [JSValue] = []
    /// A method read from an object (`twiml.say`): the receiver is only a default, and the reference
    /// forwards property access to its target.
    var isMethodReference = false
    /// For native constructors: the class name their instances carry, so `instanceof` can check it.
    var instanceClassName: String?
}

extension JSObject {
    /// A new function object.
    ///
    /// - Parameters:
    ///   - name: the function's `name`.
    ///   - parameters: how many declared parameters; `arguments` is padded to this count.
    ///   - constructible: whether `new` may be applied (as to a JavaScript `function`).
    ///   - body: what a call runs.
    public static func makeFunction(
        name: String,
        parameters: Int,
        constructible: Bool = false,
        _ body: @escaping JSFunctionBody
    ) -> JSObject {
        let object = JSObject(kind: .function, className: "Function")
        object.function = JSFunction(name: name, parameters: parameters, call: body, construct: constructible ? .ordinary : nil)
        return object
    }

    /// A native constructor: `new F(…)` runs `construct`; a plain call runs `call`, or throws a TypeError when it is nil.
    ///
    /// `instanceClassName` is the ``className`` of the objects it makes, so `x instanceof F` can recognize them.
    public static func makeConstructor(
        name: String,
        parameters: Int,
        instanceClassName: String? = nil,
        call: JSFunctionBody? = nil,
        construct: @escaping JSConstructBody
    ) -> JSObject {
        let object = JSObject(kind: .function, className: "Function")
        object.function = JSFunction(
            name: name,
            parameters: parameters,
            call: call,
            construct: .native(construct),
            instanceClassName: instanceClassName
        )
        return object
    }

    /// A function calling `target` with `this` and `arguments` first.
    static func makeBound(target: JSObject, this: JSValue, arguments: [JSValue], methodReference: Bool) -> JSObject {
        let object = JSObject(kind: .function, className: "Function")
        let name = target.function?.name ?? ""
        let parameters = max(0, (target.function?.parameters ?? 0) - arguments.count)
        object.function = JSFunction(
            name: methodReference ? name : "bound " + name,
            parameters: parameters,
            call: nil,
            construct: nil,
            boundTarget: target,
            boundThis: this,
            boundArguments: arguments,
            isMethodReference: methodReference
        )
        return object
    }

    /// The function a method reference stands for (itself for any other object).
    var unwrappedMethod: JSObject {
        if let function, function.isMethodReference, let target = function.boundTarget { return target }
        return self
    }

    /// The function's `name`.
    public var functionName: String? { function?.name }
}
