// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "asynctrace",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "asynctrace", targets: ["asynctrace"]),
        .library(name: "AsyncTraceKit", targets: ["AsyncTraceKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(
            name: "AsyncTraceKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the loops that read millions of rows.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "asynctrace",
            dependencies: [
                "AsyncTraceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AsyncTraceKitTests",
            // The CLI target is a dependency so that `swift test` builds the binary the tests run. CSV.swift
            // reads the CSV output back.
            dependencies: [
                "AsyncTraceKit",
                "asynctrace",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
    ]
)
