import FunctionsRuntime

extension PortPlan {
    /// The package's README: the two commands, the routes, and where the values and the
    /// report are.
    static func readme(_ skeleton: PackageSkeleton, _ functions: [PortedFunction], _ environment: PortEnvironment) -> String {
        let package = skeleton.package
        let routes = functions.map { function in
            let visibility = function.route.visibility == .public ? "" : " (\(function.route.visibility.rawValue))"
            let state = function.isFullyTranslated ? "" : " — not fully ported, answers 501: see PORTING.md"
            return "- `\(function.route.path)`\(visibility): `\(function.route.file)` → `Sources/\(skeleton.module)/\(function.route.fileName)`\(state)"
        }
        let placeholders = environment.placeholders.isEmpty
            ? ""
            : "; \(environment.placeholders.joined(separator: " and ")) \(environment.placeholders.count == 1 ? "is a placeholder" : "are placeholders")"
        let credentials = environment.credentials.isEmpty
            ? ""
            : """

                The credentials of `.env` (\(environment.credentials.map { "`\($0)`" }.joined(separator: ", "))) are not in
                `environment`, which is committed: their values are in `environment.local`, which git ignores. Serve with
                them: `swift run \(package) serve --env-file environment.local`.

                """
        return """
            # \(package)

            Twilio Functions ported from JavaScript by `twilio-functions port`, served and tested on this machine.

            ```sh
            swift run \(package) serve   # serves functions.json with environment on http://127.0.0.1:3000
            swift test\(String(repeating: " ", count: package.count + 6))   # runs a test per fully ported Function
            ```

            Routes:

            \(routes.isEmpty ? "- (none)" : routes.joined(separator: "\n"))

            - `Sources/\(skeleton.module)/`: one Swift file per Function, translated line by line onto FunctionsJS, and
              `\(registryFileName(skeleton.module, functions))`, the registry that names them for `functions.json`.
            - `Sources/\(package)/main.swift`: the command line over those handlers (`invoke`, `check`, `serve --watch`, ...).
            - `Tests/\(skeleton.testModule)/`: the tests, in process, with `FunctionsTesting`.
            - `functions.json`: the path and visibility of each Function; `assets/`: the static files, as on Twilio.
            - `environment`: the values of `.env`, each with its description\(placeholders).
            \(credentials)
            `PORTING.md` lists, per Function, the lines left to port by hand (each answers 501 until it is), the Twilio
            APIs it calls and whether the local emulator serves them, and the npm packages with no counterpart here.
            `swift run \(package) check` reports keys marked `# required: true` that are still empty.

            """
    }
}
