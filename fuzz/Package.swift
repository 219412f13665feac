// swift-tools-version:6.2
// libFuzzer targets for the parsers of the root package. Build and run them with `fuzz/run SECONDS`.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which is the clone's name, not a fixed one.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootPackage = root.lastPathComponent

// Each target defines LLVMFuzzerTestOneInput and no main: libFuzzer supplies it.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: products.map { .product(name: $0, package: rootPackage) },
        path: "Sources/\(name)",
        swiftSettings: fuzzSettings
    )
}

let package = Package(
    name: "twilio-functions-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        fuzzTarget("fuzz-environment", ["FunctionsRuntime"]),
        fuzzTarget("fuzz-manifest", ["FunctionsRuntime"]),
        fuzzTarget("fuzz-event", ["FunctionsRuntime", "TwilioWire"]),
        fuzzTarget("fuzz-token", ["TwilioAccessToken", "TwilioWire"]),
        fuzzTarget("fuzz-signature", ["TwilioAccessToken"]),
        fuzzTarget("fuzz-json", ["TwilioWire"]),
    ]
)
