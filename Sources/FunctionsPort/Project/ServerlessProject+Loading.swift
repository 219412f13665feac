import Foundation
import FunctionsRuntime
import TwilioWire

extension ServerlessProject {
    /// Reads the project in `root`: every `functions/**/*.js` (recursively), every file of
    /// `assets/` the way this project's asset server finds them, `.env` and `package.json`.
    /// - Throws: ``PortError`` naming the folder or file at fault: `root` missing or without
    ///   `functions/`, a file that cannot be read or is not UTF-8, a bad `.env` line, an asset
    ///   name the server would refuse, a malformed `package.json`.
    public static func load(from root: String) throws(PortError) -> ServerlessProject {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
            throw PortError("\(root) does not exist. Pass the folder of a Twilio Serverless project (the one that holds functions/).")
        }
        guard isFolder.boolValue else {
            throw PortError("\(root) is a file. Pass the folder of a Twilio Serverless project (the one that holds functions/).")
        }
        let functionsFolder = join(root, "functions")
        guard FileManager.default.fileExists(atPath: functionsFolder, isDirectory: &isFolder), isFolder.boolValue else {
            throw PortError("\(root) has no functions/ folder, so it is not a Twilio Serverless project. Pass the folder that holds functions/.")
        }
        var skipped: [String] = []
        var functions: [SourceFile] = []
        for relative in try walk(functionsFolder, under: "functions", skipped: &skipped) {
            guard relative.hasSuffix(".js") else {
                skipped.append("\(relative): not a .js file, so Twilio does not deploy it as a Function; not ported.")
                continue
            }
            functions.append(SourceFile(file: relative, text: try readText(join(root, relative))))
        }
        let (assets, skippedAssets) = try loadAssets(join(root, "assets"))
        return ServerlessProject(
            root: root,
            functions: functions,
            assets: assets,
            environment: try loadEnvironment(join(root, ".env")),
            dependencies: try loadDependencies(join(root, "package.json")),
            skipped: skipped + skippedAssets
        )
    }

    /// The files under `folder`, as paths starting with `prefix`, sorted; hidden files and
    /// folders and folder links are left out (and noted in `skipped`), as Twilio's upload
    /// leaves them.
    private static func walk(_ folder: String, under prefix: String, skipped: inout [String]) throws(PortError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw PortError("\(folder) cannot be listed (\(error.localizedDescription)). Check its permissions.")
        }
        var files: [String] = []
        for name in names {
            let path = join(folder, name)
            let relative = prefix + "/" + name
            guard !name.hasPrefix(".") else {
                skipped.append("\(relative): a hidden file; not ported.")
                continue
            }
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if type == .typeDirectory {
                files += try walk(path, under: relative, skipped: &skipped)
            } else if exists, isFolder.boolValue {
                skipped.append("\(relative): a link to a folder; not ported. Copy the folder in instead.")
            } else {
                files.append(relative)
            }
        }
        return files
    }

    /// The text of a JavaScript file, which must be UTF-8.
    private static func readText(_ path: String) throws(PortError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PortError("\(path) cannot be read (a broken link, or no permission). Fix or remove it.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PortError("\(path) is not UTF-8 text. Save it as UTF-8 and run port again.")
        }
        return text
    }

    /// The assets this project's server would serve from `folder`, with their bytes, and the
    /// files it would skip.
    private static func loadAssets(_ folder: String) throws(PortError) -> ([AssetFile], [String]) {
        let catalog: AssetCatalog
        do {
            catalog = try AssetCatalog.load(folder: folder)
        } catch {
            throw PortError(error.message)
        }
        let absoluteFolder = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
        var assets: [AssetFile] = []
        for asset in catalog.assets {
            let bytes: [UInt8]
            do {
                bytes = try asset.bytes()
            } catch {
                throw PortError(error.message)
            }
            // The catalog keeps each file's absolute path as found, links unresolved, under `folder`.
            let file = "assets/" + asset.filePath.dropFirst(absoluteFolder.count + 1)
            assets.append(AssetFile(file: file, path: asset.path, visibility: asset.visibility, bytes: bytes))
        }
        return (assets.sorted { $0.file < $1.file }, catalog.skipped)
    }

    /// The `.env` file, or an empty one when there is none.
    private static func loadEnvironment(_ path: String) throws(PortError) -> DotEnv {
        guard FileManager.default.fileExists(atPath: path) else { return DotEnv(file: path, entries: []) }
        return try DotEnv.parse(try readText(path), file: path)
    }

    /// `package.json`'s `dependencies`, in file order.
    private static func loadDependencies(_ path: String) throws(PortError) -> [Dependency] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PortError("\(path) cannot be read (a broken link, or no permission). Fix or remove it.")
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(Array(data))
        } catch {
            throw PortError("\(path):\(error.line):\(error.column): malformed JSON: \(error.reason). Fix it or remove it.")
        }
        guard let dependencies = json["dependencies"]?.objectValue else { return [] }
        return dependencies.map { Dependency(name: $0.key, version: $0.value.stringValue ?? $0.value.jsonString) }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
