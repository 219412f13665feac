import FunctionsRuntime

import TwilioWire

extension PortPlan {
    /// The registry: every module by the handler name `functions.json` uses.
    static func registrySource(_ module: String, _ functions: [PortedFunction]) -> String {
        let entries = functions.map {
            "        JSModuleEntry(name: \(SwiftSource.literal($0.route.handler)), file: \(SwiftSource.literal($0.route.file)), body: \($0.route.swiftName)),\n"
        }
        return """
            import FunctionsJS
            import FunctionsRuntime

            /// The package's Functions, ported from JavaScript: each runs on FunctionsJS, the way
            /// Twilio runs the file it came from.
            public enum \(module) {
                /// The ported Functions, by the names functions.json uses.
                public static let modules = JSModuleTable([
            \(entries.joined())    ])
                /// Every handler, by name.
                public static var registry: FunctionRegistry { modules.registry }
            }

            """
    }

    /// A test per fully translated Function (it runs and does not answer 501), and one that
    /// every manifest entry has a handler.
    static func testsSource(_ module: String, _ functions: [PortedFunction]) -> String {
        var tests = functions.filter(\.isFullyTranslated).map { test(module, $0) }
        tests.append(
            """
            @Test func everyManifestEntryHasAHandler() throws {
                let kit = try FunctionsTestKit.package()
                let names = Set(\(module).registry.names)
                #expect(kit.project.manifest.entries.count == \(functions.count))
                for entry in kit.project.manifest.entries {
                    #expect(names.contains(entry.handler), "\\(entry.path) names no handler")
                }
            }

            """
        )
        return """
            import FunctionsRuntime
            import FunctionsTesting
            import \(module)
            import Testing

            // One test per Function translated in full: it runs, and does not answer 501 (not ported).
            // Functions with a line left as `TODO(port)` get theirs once that line is ported (see PORTING.md).


            """ + tests.joined(separator: "\n")
    }

    private static func test(_ module: String, _ function: PortedFunction) -> String {
        let route = function.route
        let path = SwiftSource.literal(route.path)
        switch route.visibility {
        case .public, .protected:
            let signed = route.visibility == .protected ? ", signed: true" : ""
            return """
                @Test func \(route.swiftName)Runs() async throws {
                    let response = try await FunctionsTestKit.package().get(\(path)\(signed))
                    #expect(response.status != 501, "\\(response.text)")
                }

                """
        case .private:
            return """
                @Test func \(route.swiftName)Runs() async throws {
                    // A private Function answers only other Functions, so this kit lists it as public.
                    let package = try FunctionsTestKit.package()
                    let routes = package.project.manifest.entries.map {
                        $0.path == \(path) ? FunctionsManifest.Entry(path: $0.path, handler: $0.handler) : $0
                    }
                    let kit = try FunctionsTestKit(
                        registry: \(module).registry, routes: routes, environment: package.project.environment.values)
                    let response = await kit.get(\(path))
                    #expect(response.status != 501, "\\(response.text)")
                }

                """
        }
    }

    /// `text` as a JSON string.
    static func jsonString(_ text: String) -> String {
        JSONValue.string(text).jsonString
    }
}
