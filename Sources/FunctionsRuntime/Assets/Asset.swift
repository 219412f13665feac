import Foundation

/// A file of the project's assets folder, as Twilio serves it: at its URL path, with a visibility
/// taken from its name (`logo.private.png` is private) and a Content-Type from its extension.
///
/// The contents are read from disk each time, so a handler or a request always sees the file as it
/// is now, not as it was when the server started.
///
/// ```swift
/// let settings = try context.getAssets()["/settings.json"]?.open()   // assets/settings.private.json
/// ```
public struct Asset: Sendable, Equatable {
    /// The URL path, e.g. `/img/logo.png` for `assets/img/logo.private.png`.
    public let path: String
    /// The file's absolute local path, as found in the assets folder (the `path` of the values
    /// Twilio's `Runtime.getAssets()` returns).
    public let filePath: String
    /// Who may fetch it: anyone (public), signed requests only (protected), or only handlers,
    /// through ``FunctionContext/getAssets()`` (private).
    public let visibility: FunctionVisibility
    /// The Content-Type it is served with, from its extension.
    public let contentType: String
    /// The file as messages name it, e.g. `assets/img/logo.private.png`.
    let file: String
    /// The assets folder's real path, which the file must still resolve into when it is read.
    let root: String

    init(path: String, filePath: String, visibility: FunctionVisibility, file: String, root: String) {
        self.path = path
        self.filePath = filePath
        self.visibility = visibility
        self.contentType = Self.contentType(forFileName: path)
        self.file = file
        self.root = root
    }

    /// The file's location as a URL.
    public var fileURL: URL { URL(filePath: filePath) }

    /// The file's current contents.
    ///
    /// The path is resolved again on every read: a file replaced since start-up by a symbolic link
    /// out of the assets folder is refused, as it would have been at start-up.
    /// - Throws: ``FunctionsError`` (`unreadableFile`) naming the file when it has gone, cannot be
    ///   read, or now leads out of the assets folder.
    public func bytes() throws(FunctionsError) -> [UInt8] {
        guard let real = RealPath.resolve(filePath) else {
            throw FunctionsError(
                .unreadableFile,
                "\(file) no longer exists. Put it back, or restart the server to rescan the assets folder."
            )
        }
        guard RealPath.isInside(real, root: root) else {
            throw FunctionsError(
                .unreadableFile,
                "\(file) now resolves to \(real), outside the assets folder, so it is not read. Replace the link with the file itself."
            )
        }
        do {
            return Array(try Data(contentsOf: URL(filePath: real)))
        } catch {
            throw FunctionsError(.unreadableFile, "\(file) could not be read (\(error.localizedDescription)). Check that it is a readable file.")
        }
    }

    /// The file's current contents as UTF-8 text (invalid bytes become U+FFFD), like `open()` on
    /// the values of Twilio's `Runtime.getAssets()`.
    /// - Throws: ``FunctionsError`` (`unreadableFile`) naming the file, as ``bytes()`` does.
    public func open() throws(FunctionsError) -> String {
        String(decoding: try bytes(), as: UTF8.self)
    }
}
