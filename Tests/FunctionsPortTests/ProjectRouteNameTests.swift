import FunctionsPort
import FunctionsRuntime
import Testing

/// Routes, handler names and Swift names of `functions/` files, exactly as Twilio serves them.
@Suite("port: route names")
struct ProjectRouteNameTests {
    @Test(arguments: [
        ("functions/hello-world.js", "/hello-world", FunctionVisibility.public, "hello-world", "helloWorld", "HelloWorld.swift"),
        ("functions/voice-ivr.protected.js", "/voice-ivr", .protected, "voice-ivr", "voiceIvr", "VoiceIvr.swift"),
        ("functions/admin/users.private.js", "/admin/users", .private, "admin/users", "adminUsers", "AdminUsers.swift"),
        ("functions/deep/a/b/c.js", "/deep/a/b/c", .public, "deep/a/b/c", "deepABC", "DeepABC.swift"),
        ("functions/list users.protected.js", "/list-users", .protected, "list-users", "listUsers", "ListUsers.swift"),
        ("functions/my\tfolder/x y.js", "/my-folder/x-y", .public, "my-folder/x-y", "myFolderXY", "MyFolderXY.swift"),
        ("functions/2fa/start.js", "/2fa/start", .public, "2fa/start", "_2faStart", "_2faStart.swift"),
        ("functions/default.js", "/default", .public, "default", "defaultFunction", "DefaultFunction.swift"),
        ("functions/SMS/reply_now.js", "/SMS/reply_now", .public, "SMS/reply_now", "smsReplyNow", "SmsReplyNow.swift"),
        ("functions/a.protected.b.js", "/a.protected.b", .public, "a.protected.b", "aProtectedB", "AProtectedB.swift"),
        ("functions/registry.js", "/registry", .public, "registry", "registryFunction", "RegistryFunction.swift"),
        ("functions/modules.js", "/modules", .public, "modules", "modulesFunction", "ModulesFunction.swift"),
        ("functions/café.js", "/café", .public, "café", "caf", "Caf.swift"),
    ])
    func aFileGetsTwiliosRouteAndASwiftName(
        file: String, path: String, visibility: FunctionVisibility, handler: String, swiftName: String, fileName: String
    ) throws {
        let route = try RouteName(file: file)
        #expect(route.path == path)
        #expect(route.visibility == visibility)
        #expect(route.handler == handler)
        #expect(route.swiftName == swiftName)
        #expect(route.fileName == fileName)
    }

    @Test(arguments: [
        (["functions/a b.js", "functions/a-b.js"], "functions/a b.js and functions/a-b.js both map to the URL path /a-b. Rename one of them."),
        (["functions/x.js", "functions/x.protected.js"], "functions/x.js and functions/x.protected.js both map to the URL path /x. Rename one of them."),
        (
            ["functions/a-b.js", "functions/a_b.js"],
            "functions/a-b.js and functions/a_b.js both map to the Swift name aB (/a-b and /a_b). Rename one of them."
        ),
        (
            ["functions/admin/users.js", "functions/admin-users.js"],
            "functions/admin/users.js and functions/admin-users.js both map to the Swift name adminUsers (/admin/users and /admin-users). Rename one of them."
        ),
        (
            ["functions/aB.js", "functions/ab.js"],
            "functions/aB.js and functions/ab.js would be written as AB.swift and Ab.swift, which a case-insensitive file system cannot tell apart. Rename one of them."
        ),
    ])
    func twoFilesOnOneRouteOrSwiftNameAreRefusedNamingBoth(files: [String], message: String) {
        #expect(throws: PortError(message)) { try RouteName.routes(for: files) }
    }

    @Test func distinctFilesKeepTheirOrder() throws {
        let routes = try RouteName.routes(for: ["functions/b.js", "functions/a/b.js", "functions/a.js"])
        #expect(routes.map(\.path) == ["/b", "/a/b", "/a"])
    }

    @Test(arguments: [("functions/a;b.js", "';'"), ("functions/50%.js", "'%'"), ("functions/q?.js", "'?'")])
    func aPathTwilioRefusesNamesTheFile(file: String, character: String) {
        let error = #expect(throws: PortError.self) { try RouteName(file: file) }
        #expect(error?.message.hasPrefix("\(file): its URL path") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(character) == true)
        #expect(error?.message.hasSuffix("Rename the file.") == true)
    }

    @Test(arguments: [
        ("voice-ivr", "voiceIvr"), ("admin/users", "adminUsers"), ("1st", "_1st"), ("return", "returnFunction"),
        ("", "function"), ("---", "function"), ("API/getToken", "apiGetToken"), ("x", "x"),
    ])
    func lowerCamelCase(name: String, identifier: String) {
        #expect(SwiftIdentifier.lowerCamelCase(name) == identifier)
    }
}
