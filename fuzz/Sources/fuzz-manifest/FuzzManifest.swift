import FunctionsRuntime

let handlerNames = ["hello", "echo", "token", "live-access-token", "voice"]

/// Parses the input as `functions.json`; `parse` must throw exactly when `problems` finds one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let problems = FunctionsManifest.problems(in: bytes, handlerNames: handlerNames)
    do {
        let manifest = try FunctionsManifest.parse(bytes, handlerNames: handlerNames)
        precondition(problems.isEmpty, "parse succeeded but problems(in:) reports \(problems.count)")
        precondition(Set(manifest.entries.map(\.path)).count == manifest.entries.count, "duplicate paths accepted")
        for entry in manifest.entries { precondition(handlerNames.contains(entry.handler), "unknown handler accepted") }
    } catch {
        precondition(!problems.isEmpty, "parse threw but problems(in:) reports none")
    }
    return 0
}
