extension Asset {
    /// The Content-Type for a file name's extension (any case); `application/octet-stream` when it
    /// is not in the table, so a browser downloads rather than guesses.
    ///
    /// Text types say `charset=utf-8`: without it browsers fall back to a locale-dependent
    /// encoding, and an asset's non-ASCII text would show garbled.
    static func contentType(forFileName name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return defaultContentType }
        let ext = name[name.index(after: dot)...].lowercased()
        return contentTypes[ext] ?? defaultContentType
    }

    /// The type of a file whose extension is not in the table.
    static let defaultContentType = "application/octet-stream"

    private static let utf8 = "; charset=utf-8"

    /// The extensions a static site and Twilio media use most; the same types as the `send` module
    /// Twilio's local runtime serves assets with.
    private static let contentTypes: [String: String] = [
        "html": "text/html" + utf8,
        "htm": "text/html" + utf8,
        "css": "text/css" + utf8,
        "js": "text/javascript" + utf8,
        "mjs": "text/javascript" + utf8,
        "json": "application/json" + utf8,
        "map": "application/json" + utf8,
        "txt": "text/plain" + utf8,
        "csv": "text/csv" + utf8,
        "xml": "application/xml" + utf8,
        "svg": "image/svg+xml" + utf8,
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "avif": "image/avif",
        "mp3": "audio/mpeg",
        "wav": "audio/wav",
        "ogg": "audio/ogg",
        "mp4": "video/mp4",
        "webm": "video/webm",
        "m3u8": "application/vnd.apple.mpegurl",
        "pdf": "application/pdf",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "wasm": "application/wasm",
        "zip": "application/zip",
    ]
}
