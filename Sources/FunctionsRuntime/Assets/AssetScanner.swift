import Foundation

/// Walks an assets folder and turns each file name into an ``Asset`` by Twilio's rules: the URL
/// path is the relative path, whitespace becomes `-`, and a `.protected` or `.private` marker
/// before the extension sets the visibility and leaves the path.
struct AssetScanner {
    /// The folder as given, for messages.
    let folder: String
    /// The folder's real path: everything served must resolve inside it.
    let root: String
    /// Paths the server keeps for itself.
    let reserved: ReservedPaths
    /// The assets found, in scan order.
    private(set) var found: [Asset] = []
    /// Why each skipped file is not served.
    private(set) var skipped: [String] = []

    init(folder: String, root: String, reserved: ReservedPaths) {
        self.folder = folder
        self.root = root
        self.reserved = reserved
    }

    /// Scans the whole folder.
    mutating func scan() throws(FunctionsError) {
        try scan(directory: folder, components: [], realAncestors: [root])
    }

    /// Scans one folder; `realAncestors` are the real paths of the folders being walked, so a
    /// link back to one of them is a loop, not an endless walk.
    private mutating func scan(directory: String, components: [String], realAncestors: Set<String>) throws(FunctionsError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw FunctionsError(.unreadableFile, "\(directory) could not be listed (\(error.localizedDescription)). Check its permissions.")
        }
        for name in names where name != ".DS_Store" {
            let fullPath = directory + "/" + name
            let shown = ([folder] + components + [name]).joined(separator: "/")
            // Every entry is resolved, not only links: a folder link makes everything under it
            // resolve elsewhere, and only the real path says whether that is still inside.
            guard let real = RealPath.resolve(fullPath) else {
                skipped.append("\(shown): a symbolic link to nothing (or unreadable); not served.")
                continue
            }
            guard RealPath.isInside(real, root: root) else {
                skipped.append("\(shown): a symbolic link to \(real), outside \(folder); not served.")
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                guard !realAncestors.contains(real) else {
                    skipped.append("\(shown): a symbolic link to a folder that contains it (a loop); not scanned.")
                    continue
                }
                try scan(directory: fullPath, components: components + [name], realAncestors: realAncestors.union([real]))
                continue
            }
            let type = (try? FileManager.default.attributesOfItem(atPath: real))?[.type] as? FileAttributeType
            guard type == .typeRegular else {
                skipped.append("\(shown): not a regular file; not served.")
                continue
            }
            let (path, visibility) = try Self.urlPath(directories: components, name: name, file: shown, reserved: reserved)
            found.append(Asset(path: path, filePath: absolute(fullPath), visibility: visibility, file: shown, root: root))
        }
    }

    /// `fullPath` made absolute without resolving links, so the asset keeps the name it was
    /// found under and its link is checked again at each read.
    private func absolute(_ fullPath: String) -> String {
        if fullPath.hasPrefix("/") { return fullPath }
        return FileManager.default.currentDirectoryPath + "/" + fullPath
    }

    /// The URL path and visibility of the file `name` under `directories` (Twilio's
    /// `getPathAndAccessFromFileInfo`); `file` names it in errors.
    static func urlPath(
        directories: [String],
        name: String,
        file: String,
        reserved: ReservedPaths = .none
    ) throws(FunctionsError) -> (String, FunctionVisibility) {
        // Node's `path.extname`: from the last dot, unless the name starts with it (`.env`).
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let ext = dot.map { String(name[$0...]) } ?? ""
        var base = dot.map { String(name[..<$0]) } ?? name
        if ext == ".private" || ext == ".protected" {
            throw FunctionsError(
                .invalidPath,
                "\(file): the \(ext) marker must come before an extension (e.g. \(base)\(ext).txt); as named, Twilio would serve it publicly. Rename the file."
            )
        }
        // Twilio tests the whole name for `.protected<ext>` first, then `.private<ext>`, and drops
        // the first occurrence of the marker from the base name.
        var visibility = FunctionVisibility.public
        for marker in [FunctionVisibility.protected, .private] where name.contains(".\(marker.rawValue)\(ext)") {
            visibility = marker
            if let range = base.range(of: ".\(marker.rawValue)") { base.removeSubrange(range) }
            break
        }
        // A marker left in the name does nothing in Twilio, so `report.private.pdf.zip` would be
        // public there; refusing it keeps a file meant to be hidden from being served.
        if let stray = ["private", "protected"].first(where: { base.split(separator: ".").dropFirst().contains(Substring($0)) }) {
            throw FunctionsError(
                .invalidPath,
                "\(file): .\(stray) counts only right before the last extension (e.g. name.\(stray)\(ext.isEmpty ? ".txt" : ext)); as named, Twilio would serve it as \(visibility.rawValue). Rename the file."
            )
        }
        let joined = "/" + (directories + [base + ext]).joined(separator: "/")
        let path = String(joined.map { $0.isWhitespace ? "-" : $0 })
        if let problem = FunctionsManifest.pathProblem(path, reserved: reserved) {
            throw FunctionsError(.invalidPath, "\(file): its URL path \"\(path)\" \(problem). Rename the file.")
        }
        return (path, visibility)
    }
}
