import FunctionsRuntime

/// The `Runtime` global: `getAssets()`, `getFunctions()` and `getSync({serviceName})`.
enum RuntimeBridge {
    /// `Runtime` for one request.
    static func make(context: FunctionContext, table: JSModuleTable) -> JSValue {
        let runtime = JSObject()
        runtime.defineMethod("getAssets") { _, _ in assets(context) }
        runtime.defineMethod("getFunctions") { _, _ in functions(context, table) }
        runtime.defineMethod("getSync", parameters: 1) { _, arguments in
            try await sync(context, serviceName: arguments[0].serviceName)
        }
        return .object(runtime)
    }

    /// `{'/data.json': {path, open()}}` for each private asset; `open()` reads the file as text.
    private static func assets(_ context: FunctionContext) -> JSValue {
        let object = JSObject()
        for (path, asset) in context.getAssets().sorted(by: { $0.key < $1.key }) {
            let entry = JSObject()
            entry.set("path", .string(asset.filePath))
            entry.defineMethod("open") { _, _ in
                do throws(FunctionsError) {
                    return .string(try asset.open())
                } catch {
                    throw JSThrow.error("Error", error.message)
                }
            }
            object.set(path, .object(entry))
        }
        return .object(object)
    }

    /// `{name: {path}}`: the table's modules by their Function path (`path` is what `require`
    /// takes), then the project's other Functions.
    private static func functions(_ context: FunctionContext, _ table: JSModuleTable) -> JSValue {
        let object = JSObject()
        for entry in table.entries where !object.hasOwnProperty(entry.functionKey) {
            object.set(entry.functionKey, .object([("path", .string("/" + entry.file))]))
        }
        for (key, _) in context.getFunctions().sorted(by: { $0.key < $1.key }) where !object.hasOwnProperty(key) {
            object.set(key, .object([("path", .string("/functions/\(key).js"))]))
        }
        return .object(object)
    }

    /// `client.sync.services(name)` of `context.getTwilioClient()`'s client, the service chosen as
    /// FunctionsRuntime's `getSync(serviceName:)` chooses it.
    private static func sync(_ context: FunctionContext, serviceName: JSValue) async throws -> JSValue {
        let name: String =
            if serviceName.isTruthy {
                serviceName.toString
            } else if let configured = context["SYNC_SERVICE_SID"], !configured.isEmpty {
                configured
            } else {
                "default"
            }
        let client = TwilioRESTClient.make(try TwilioContextBridge.connection(context))
        return try await client.sync.services(.string(name))
    }
}
