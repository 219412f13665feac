import Foundation
import FunctionsPort
import FunctionsRuntime
import Testing

/// Reading a Twilio Serverless project, and every input `port` refuses.
@Suite("port: reading a project")
struct ProjectLoadingTests {
    @Test func functionsAreFoundRecursivelyAndOtherFilesAreNoted() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/b.js", "exports.handler = () => {}")
        try folder.write("functions/admin/users.private.js", "// users")
        try folder.write("functions/admin/deep/x y.protected.js", "// x")
        try folder.write("functions/README.md", "docs")
        try folder.write("functions/.hidden.js", "// hidden")
        let project = try ServerlessProject.load(from: folder.root)
        #expect(project.functions.map(\.file) == ["functions/admin/deep/x y.protected.js", "functions/admin/users.private.js", "functions/b.js"])
        #expect(project.functions.last?.text == "exports.handler = () => {}")
        #expect(project.skipped.contains { $0.hasPrefix("functions/README.md: not a .js file") })
        #expect(project.skipped.contains { $0.hasPrefix("functions/.hidden.js: a hidden file") })
        #expect(project.assets.isEmpty)
        #expect(project.environment.entries.isEmpty)
        #expect(project.dependencies.isEmpty)
    }

    @Test func assetsKeepTheirBytesPathsAndVisibility() throws {
        let folder = try ProjectFolder()
        let binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE, 0x0D, 0x0A]
        try folder.write("functions/a.js", "")
        try folder.write("assets/logo.private.png", bytes: binary)
        try folder.write("assets/admin/report.protected.html", "<p>")
        try folder.write("assets/my file.txt", "x")
        let project = try ServerlessProject.load(from: folder.root)
        #expect(project.assets.map(\.file) == ["assets/admin/report.protected.html", "assets/logo.private.png", "assets/my file.txt"])
        #expect(project.assets.map(\.path) == ["/admin/report.html", "/logo.png", "/my-file.txt"])
        #expect(project.assets.map(\.visibility) == [.protected, .private, .public])
        #expect(project.assets[1].bytes == binary)
    }

    @Test func packageJSONDependenciesKeepTheirOrder() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/a.js", "")
        try folder.write("package.json", #"{"dependencies": {"twilio": "^5.2.1", "axios": "^1.6.0", "@twilio/runtime-handler": "1.2.1"}}"#)
        let project = try ServerlessProject.load(from: folder.root)
        #expect(project.dependencies == [.init(name: "twilio", version: "^5.2.1"), .init(name: "axios", version: "^1.6.0"), .init(name: "@twilio/runtime-handler", version: "1.2.1")])
    }

    @Test func theFiveExamplesLoad() throws {
        for example in ProjectFixtures.examples {
            let project = try ServerlessProject.load(from: ProjectFixtures.example(example))
            #expect(!project.functions.isEmpty, "\(example)")
            #expect(!project.assets.isEmpty, "\(example)")
        }
        let verify = try ServerlessProject.load(from: ProjectFixtures.example("verify"))
        #expect(verify.functions.map(\.file) == ["functions/check-verify.js", "functions/start-verify.js"])
        #expect(verify.dependencies == [.init(name: "twilio", version: "^5.2.1")])
        #expect(verify.environment.entries.map(\.key) == ["VERIFY_SERVICE_SID"])
    }

    @Test func aMissingSourceOrAFileIsRefused() throws {
        let folder = try ProjectFolder()
        let missing = folder.path("nowhere")
        #expect(throws: PortError("\(missing) does not exist. Pass the folder of a Twilio Serverless project (the one that holds functions/).")) {
            try ServerlessProject.load(from: missing)
        }
        let file = try folder.write("file.txt", "x")
        #expect(throws: PortError("\(file) is a file. Pass the folder of a Twilio Serverless project (the one that holds functions/).")) {
            try ServerlessProject.load(from: file)
        }
    }

    @Test func aFolderWithoutFunctionsIsRefused() throws {
        let folder = try ProjectFolder()
        try folder.write("assets/index.html", "<p>")
        try folder.write("functions", "not a folder")
        #expect(throws: PortError("\(folder.root) has no functions/ folder, so it is not a Twilio Serverless project. Pass the folder that holds functions/.")) {
            try ServerlessProject.load(from: folder.root)
        }
    }

    @Test func aFileThatIsNotUTF8IsRefusedByName() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/good.js", "")
        let bad = try folder.write("functions/latin1.js", bytes: Array("// caf".utf8) + [0xE9, 0x0A])
        #expect(throws: PortError("\(bad) is not UTF-8 text. Save it as UTF-8 and run port again.")) {
            try ServerlessProject.load(from: folder.root)
        }
    }

    @Test func anUnreadableFileIsRefusedByName() throws {
        let folder = try ProjectFolder()
        try FileManager.default.createDirectory(atPath: folder.path("functions"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("functions/gone.js"), withDestinationPath: folder.path("missing.js"))
        #expect(throws: PortError("\(folder.path("functions/gone.js")) cannot be read (a broken link, or no permission). Fix or remove it.")) {
            try ServerlessProject.load(from: folder.root)
        }
    }

    @Test func aBadEnvLineIsRefusedNamingTheLine() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/a.js", "")
        try folder.write(".env", "# description: x\nGOOD=1\nBAD LINE\n")
        let error = #expect(throws: PortError.self) { try ServerlessProject.load(from: folder.root) }
        #expect(error?.message.hasPrefix("\(folder.path(".env")):3: expected KEY=value") == true, "\(error?.message ?? "")")
    }

    @Test func aMalformedPackageJSONIsRefused() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/a.js", "")
        try folder.write("package.json", "{\"dependencies\": {\n}")
        let error = #expect(throws: PortError.self) { try ServerlessProject.load(from: folder.root) }
        #expect(error?.message.hasPrefix("\(folder.path("package.json")):2:") == true, "\(error?.message ?? "")")
    }

    @Test func anAssetNameTheServerRefusesIsRefused() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/a.js", "")
        try folder.write("assets/report.private.pdf.zip", "x")
        let error = #expect(throws: PortError.self) { try ServerlessProject.load(from: folder.root) }
        #expect(error?.message.contains("report.private.pdf.zip") == true, "\(error?.message ?? "")")
    }
}
