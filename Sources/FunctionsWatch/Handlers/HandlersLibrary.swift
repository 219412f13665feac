import FunctionsRuntime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads the handlers of a library that watch mode compiled (see ``HandlersTarget``) into the
/// server process that serves them.
///
/// ```swift
/// let registry = try HandlersLibrary.load(".build/twilio-functions-reload/libMyFunctions-3.so")
/// ```
public enum HandlersLibrary {
    /// The `serve` option that names the library a server build loads.
    public static let argument = "--handlers-library"

    /// The registry that library `path` holds. The library stays loaded for the process's life:
    /// each build of the handlers runs in a new server process.
    /// - Throws: ``WatchError`` naming `path` when it cannot be loaded or holds no handlers.
    public static func load(_ path: String) throws(WatchError) -> FunctionRegistry {
        guard swiftRuntimeIsShared else {
            throw WatchError(
                .cannotLoadHandlers,
                "\(path): this server has the Swift runtime linked into it (a --static-swift-stdlib build), "
                    + "so a handlers library would bring a second one; build the server with `swift build` to load it."
            )
        }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw WatchError(.cannotLoadHandlers, "\(path): the handlers library could not be loaded: \(lastError)")
        }
        guard let symbol = dlsym(handle, HandlersLibraryBuild.entrySymbol) else {
            throw WatchError(.cannotLoadHandlers, "\(path) has no \(HandlersLibraryBuild.entrySymbol) entry point; it was not built by watch mode.")
        }
        typealias Entry = @convention(c) () -> UnsafeMutableRawPointer
        let entry = unsafeBitCast(symbol, to: Entry.self)
        let object = Unmanaged<AnyObject>.fromOpaque(entry()).takeRetainedValue()
        guard let registry = object as? FunctionRegistry else {
            throw WatchError(.cannotLoadHandlers, "\(path): its registry expression is a \(type(of: object)), not a FunctionRegistry.")
        }
        return registry
    }

    /// Whether this process's executable exports its Swift symbols (it was linked with
    /// `--export-dynamic`), which a handlers library needs to link against it when loaded.
    public static var executableExportsSymbols: Bool {
        guard let handle = dlopen(nil, RTLD_NOW) else { return false }
        // FunctionRegistry's type descriptor: present in every executable that serves handlers.
        return dlsym(handle, "$s16FunctionsRuntime16FunctionRegistryVMn") != nil
    }

    /// Whether the Swift runtime is a shared library of this process, as a handlers library
    /// expects: an executable built with `--static-swift-stdlib` carries its own copy instead.
    public static var swiftRuntimeIsShared: Bool {
        #if os(Linux)
        guard let handle = dlopen("libswiftCore.so", RTLD_NOW | RTLD_NOLOAD) else { return false }
        // RTLD_NOLOAD still counts a reference to the library.
        dlclose(handle)
        return true
        #else
        return true
        #endif
    }

    private static var lastError: String {
        dlerror().map { String(cString: $0) } ?? "unknown error"
    }
}
