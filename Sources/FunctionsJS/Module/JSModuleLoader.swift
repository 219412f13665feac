import FunctionsRuntime

/// The modules of one request: each module of the table runs at most once, and every module
/// shares the request's `Twilio`, `Runtime`, `console` and `process`.
final class JSModuleLoader {
    let table: JSModuleTable
    let context: FunctionContext
    private var modules: [String: JSObject] = [:]
    private var runs: [JSModule] = []
    private var shared: [(String, JSValue)]?
    private var contextObject: JSValue?

    init(table: JSModuleTable, context: FunctionContext) {
        self.table = table
        self.context = context
    }

    /// The `module` object of `entry`, running its body the first time it is asked for.
    ///
    /// The module is cached before its body runs, so a `require` cycle gets the exports as they
    /// are so far, as in Node.
    func load(_ entry: JSModuleEntry) async throws -> JSValue {
        if let module = modules[entry.file] { return .object(module) }
        let module = JSObject()
        let exports = JSValue.object([])
        module.set("exports", exports)
        module.set("id", .string(entry.file))
        module.set("filename", .string(entry.file))
        modules[entry.file] = module
        let globals = JSObject()
        installGlobals(into: globals)
        globals.set("module", .object(module))
        globals.set("exports", exports)
        let run = JSModule(sourceFile: entry.file, globalObject: globals)
        globals.set("require", requireFunction(from: entry.file))
        runs.append(run)
        try await entry.body(run)
        return .object(module)
    }

    /// `require(specifier)` from the module in `file`.
    func require(_ specifier: String, from file: String) async throws -> JSValue {
        if specifier == "twilio" { return sharedValue("Twilio") }
        if JSModulePath.isPath(specifier), let entry = table.entry(requiredAs: specifier, from: file) {
            return try await load(entry).get("exports")
        }
        let what = JSModulePath.isPath(specifier) ? "the file '\(specifier)'" : "the npm module '\(specifier)'"
        let error = JSValue.makeError(
            "Error",
            "Cannot find module '\(specifier)' (required by \(file)): \(what) is not part of the Swift port. "
                + "Only 'twilio' and the project's own Functions can be required; port what it does into Swift."
        )
        error.code = "MODULE_NOT_FOUND"
        throw JSThrow(error)
    }

    private func requireFunction(from file: String) -> JSValue {
        JSValue.function("require", parameters: 1) { [weak self] _, arguments in
            guard let self else { return .undefined }
            guard case .string(let specifier) = arguments[0] else {
                throw JSThrow.typeError("require() needs a string, got \(arguments[0].typeName)")
            }
            return try await self.require(specifier, from: file)
        }
    }

    /// The `context` argument of handlers, made once per request.
    func contextValue() -> JSValue {
        if let contextObject { return contextObject }
        let made = TwilioContextBridge.context(context)
        contextObject = made
        return made
    }

    private func sharedValue(_ name: String) -> JSValue {
        sharedGlobals().first { $0.0 == name }?.1 ?? .undefined
    }

    private func sharedGlobals() -> [(String, JSValue)] {
        if let shared { return shared }
        let twilio = TwilioModule.make(context: context)
        let made: [(String, JSValue)] = [
            ("Twilio", twilio),
            ("Response", twilio.get("Response")),
            ("Runtime", RuntimeBridge.make(context: context, table: table)),
            ("console", ConsoleBridge.make(logger: context.logger)),
            ("process", ProcessBridge.make(context: context)),
            ("setTimeout", ProcessBridge.unsupported("setTimeout")),
            ("setInterval", ProcessBridge.unsupported("setInterval")),
            ("setImmediate", ProcessBridge.unsupported("setImmediate")),
        ]
        shared = made
        return made
    }

    private func installGlobals(into globals: JSObject) {
        JSGlobals.install(into: globals)
        for (name, value) in sharedGlobals() { globals.set(name, value) }
    }

    /// Empties the request's global objects once it has answered: functions capture their module,
    /// whose globals hold those functions, and the cycles would otherwise outlive the request.
    func tearDown() {
        for run in runs {
            for key in run.globalObject.keyOrder { run.globalObject.deleteProperty(key) }
        }
        for module in modules.values {
            for key in module.keyOrder { module.deleteProperty(key) }
        }
        runs = []
        modules = [:]
        shared = nil
        contextObject = nil
    }
}
