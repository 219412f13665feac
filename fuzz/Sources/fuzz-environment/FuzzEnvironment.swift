import FunctionsRuntime

/// Parses the input as an `environment` file; `parse` must throw exactly when `problems` finds one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let problems = EnvironmentFile.problems(in: text)
    _ = EnvironmentFile.identifierProblems(in: text)
    do {
        let file = try EnvironmentFile.parse(text)
        precondition(problems.isEmpty, "parse succeeded but problems(in:) reports \(problems.count)")
        let values = file.values
        precondition(values.count == file.entries.count, "a key is listed twice")
        for (key, value) in file.entries { precondition(values[key] == value, "\(key) does not read back") }
    } catch {
        precondition(!problems.isEmpty, "parse threw but problems(in:) reports none")
        precondition(error.message == problems[0].message, "parse and problems(in:) disagree on the first problem")
    }
    return 0
}
