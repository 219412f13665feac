// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "twilio-functions",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "twilio-functions", targets: ["twilio-functions"]),
        .executable(name: "functions-bench", targets: ["functions-bench"]),
        .executable(name: "http-floor", targets: ["http-floor"]),
        .library(name: "FunctionsRuntime", targets: ["FunctionsRuntime"]),
        .library(name: "FunctionsHost", targets: ["FunctionsHost"]),
        .library(name: "FunctionsServer", targets: ["FunctionsServer"]),
        .library(name: "TwilioAccessToken", targets: ["TwilioAccessToken"]),
        .library(name: "TwilioWire", targets: ["TwilioWire"]),
        .library(name: "TwilioAPI", targets: ["TwilioAPI"]),
        .library(name: "TwilioEmulator", targets: ["TwilioEmulator"]),
        .library(name: "Functions", targets: ["Functions"]),
        .library(name: "FunctionsTesting", targets: ["FunctionsTesting"]),
        .library(name: "FunctionsWatch", targets: ["FunctionsWatch"]),
        .library(name: "TwilioFunctionsCLI", targets: ["TwilioFunctionsCLI"]),
        .library(name: "FunctionsJS", targets: ["FunctionsJS"]),
        .library(name: "FunctionsPort", targets: ["FunctionsPort"]),
        .library(name: "JavaScriptSyntax", targets: ["JavaScriptSyntax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .target(name: "TwilioWire", swiftSettings: swiftSettings),
        .target(
            name: "TwilioAPI",
            dependencies: [
                "TwilioWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TwilioEmulator",
            dependencies: ["TwilioWire", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TwilioAccessToken",
            dependencies: ["TwilioWire", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FunctionsRuntime",
            dependencies: ["TwilioAPI", "TwilioWire", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Functions",
            dependencies: [
                "FunctionsRuntime", "TwilioAPI", "TwilioAccessToken", "TwilioWire", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FunctionsHost",
            dependencies: [
                "FunctionsRuntime",
                "TwilioAccessToken",
                "TwilioAPI",
                "TwilioEmulator",
                "TwilioWire",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FunctionsServer",
            dependencies: [
                "FunctionsHost",
                "FunctionsRuntime",
                "TwilioAccessToken",
                "TwilioWire",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                "TwilioAPI",
                "TwilioEmulator",
            ],
            resources: [.copy("Resources/console")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FunctionsTesting",
            dependencies: [
                "FunctionsHost",
                "FunctionsRuntime",
                "TwilioEmulator",
                "TwilioAPI",
                "TwilioAccessToken",
                "TwilioWire",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FunctionsWatch",
            dependencies: [
                "FunctionsHost",
                "FunctionsRuntime",
                "FunctionsServer",
                "TwilioEmulator",
                "TwilioWire",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "JavaScriptSyntax", swiftSettings: swiftSettings),
        .target(
            name: "FunctionsJS",
            dependencies: [
                "FunctionsRuntime", "TwilioAPI", "TwilioAccessToken", "TwilioWire", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FunctionsPort",
            dependencies: ["JavaScriptSyntax", "FunctionsRuntime", "TwilioWire"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TwilioFunctionsCLI",
            dependencies: [
                "FunctionsHost",
                "FunctionsPort",
                "FunctionsServer",
                "FunctionsWatch",
                "FunctionsRuntime",
                "TwilioAccessToken",
                "TwilioAPI",
                "TwilioEmulator",
                "TwilioWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "twilio-functions",
            dependencies: ["Functions", "TwilioFunctionsCLI"],
            swiftSettings: swiftSettings,
            // Lets `serve --watch` load a rebuild of the Functions target alone into a new server.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"], .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "functions-bench",
            dependencies: ["Functions", "FunctionsHost", "FunctionsRuntime", "TwilioAccessToken", "TwilioEmulator", "TwilioWire"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "http-floor",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "TwilioWireTests", dependencies: ["TwilioWire"], swiftSettings: swiftSettings),
        .testTarget(name: "JavaScriptSyntaxTests", dependencies: ["JavaScriptSyntax"], swiftSettings: swiftSettings),
        .testTarget(
            name: "FunctionsJSTests",
            dependencies: [
                "FunctionsJS", "FunctionsRuntime", "FunctionsTesting", "TwilioAccessToken", "TwilioAPI", "TwilioWire",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FunctionsPortTests",
            dependencies: ["FunctionsPort", "FunctionsJS", "JavaScriptSyntax", "FunctionsRuntime", "TwilioWire"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwilioAPITests",
            dependencies: ["TwilioAPI", "TwilioWire", .product(name: "AsyncHTTPClient", package: "async-http-client")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwilioEmulatorTests",
            dependencies: ["TwilioEmulator", "TwilioWire", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FunctionsWatchTests",
            dependencies: [
                "FunctionsWatch",
                "FunctionsRuntime",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwilioAccessTokenTests",
            dependencies: ["TwilioAccessToken", "TwilioWire", .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Vectors"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FunctionsRuntimeTests",
            dependencies: ["FunctionsRuntime", "TwilioAPI", "TwilioWire"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FunctionsServerTests",
            dependencies: [
                "FunctionsHost",
                "FunctionsServer",
                "FunctionsTesting",
                "Functions",
                "FunctionsRuntime",
                "TwilioAccessToken",
                "TwilioAPI",
                "TwilioEmulator",
                "TwilioWire",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TwilioFunctionsCLITests",
            dependencies: [
                "TwilioFunctionsCLI",
                "FunctionsPort",
                "Functions",
                "FunctionsHost",
                "FunctionsRuntime",
                "FunctionsWatch",
                "FunctionsServer",
                "TwilioAccessToken",
                "TwilioAPI",
                "TwilioEmulator",
                "TwilioWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
