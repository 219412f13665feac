import Foundation
import FunctionsHost
import FunctionsServer

#if canImport(Glibc)
import Glibc
#endif

/// Keeps one server build running behind the proxy and replaces it when sources change: it
/// rebuilds, starts the new build, points the proxy at it once it answers, then stops the old
/// one. Changes to the manifest, environment or assets are sent to the running build as SIGHUP,
/// which reloads them in place. A failed build or a build that does not start leaves the
/// previous one serving.
actor WatchSupervisor {
    private let configuration: WatchConfiguration
    private let target: UpstreamProxy.Target
    private let output: WatchOutput
    private var addresses = WatchAddresses(publicPort: 0)
    private var current: ServerChild?
    private var stopping = false
    /// The handlers library the running build loads, when the last build was of the handlers alone.
    private var library: String?
    private var libraryCount = 0
    /// Set when a handlers library did not start: the next build is of the whole product.
    private var wholeBuildNext = false
    /// Whether the server executable can load a handlers library: it was linked with its symbols exported.
    private let executableExportsSymbols: Bool

    init(configuration: WatchConfiguration, target: UpstreamProxy.Target, output: WatchOutput) {
        self.configuration = configuration
        self.target = target
        self.output = output
        self.executableExportsSymbols = configuration.handlers != nil && HandlersLibrary.executableExportsSymbols
    }

    /// Starts the first build and prints its route listing.
    func start(addresses: WatchAddresses) async throws(WatchError) {
        self.addresses = addresses
        let child = try await launch()
        output.line(child.listing)
        serve(child)
    }

    /// Acts on a batch of changed paths: rebuild for sources, reload in place for the rest.
    func handle(_ changed: [String]) async {
        guard !stopping else { return }
        let what = Self.describe(changed)
        let projectChanges = changed.filter { !configuration.needsRebuild($0) }
        let reloadsInPlace = !projectChanges.isEmpty
        if reloadsInPlace { configuration.onProjectChange(projectChanges) }
        guard changed.contains(where: configuration.needsRebuild) else {
            if let current {
                current.process.send(SIGHUP)
            } else if let child = try? await launch() {
                // The last build had stopped: a fixed manifest or environment may let it start.
                serve(child)
                output.line("\(what) changed: the server is running again; \(ProjectChanges.routeSummary(from: [], to: child.currentPaths))")
            }
            return
        }
        let (build, newLibrary) = await rebuild(changed.filter(configuration.needsRebuild))
        let took = Self.seconds(build.duration)
        let rebuilt = newLibrary == nil ? "rebuilt" : "handlers rebuilt"
        guard !stopping else { return }
        guard build.succeeded else {
            if !build.output.isEmpty { output.error(build.output) }
            output.line("\(what) changed: build failed after \(took) (exit status \(build.status)); still serving the previous build")
            if reloadsInPlace { current?.process.send(SIGHUP) }
            return
        }
        let previousPaths = current?.currentPaths ?? []
        let child: ServerChild
        do {
            child = try await launch(library: newLibrary)
        } catch {
            output.error(error.message)
            if let newLibrary {
                // A library that does not load (a symbol the executable does not export) gets a whole build.
                try? FileManager.default.removeItem(atPath: newLibrary)
                output.line("\(what) changed: the rebuilt handlers did not start; building the whole product")
                wholeBuildNext = true
                await handle(changed)
                return
            }
            output.line("\(what) changed: \(rebuilt) in \(took), but the new build did not start; still serving the previous build")
            if reloadsInPlace { current?.process.send(SIGHUP) }
            return
        }
        let previous = current
        let previousLibrary = library
        library = newLibrary
        serve(child)
        if let previous {
            // Connections the proxy handed to the old build just before the switch may not have
            // been accepted, or have sent their request, yet: stopping it at once would close them
            // unanswered. After a grace period, SIGTERM lets it finish what it is answering.
            Task {
                try? await Task.sleep(for: Self.drainDelay)
                await previous.process.stop()
                if let previousLibrary { try? FileManager.default.removeItem(atPath: previousLibrary) }
            }
        }
        output.line("\(what) changed: \(rebuilt) in \(took); \(ProjectChanges.routeSummary(from: previousPaths, to: child.currentPaths))")
    }

    /// Stops the running build; called once, at shutdown.
    func stop() async {
        stopping = true
        target.set(nil)
        await current?.process.stop()
        if let library { try? FileManager.default.removeItem(atPath: library) }
    }

    /// Builds for `sources`, the changed paths that need a build: the handlers target alone into
    /// a new library when only its Swift files changed and the executable can load one, else the
    /// whole product.
    private func rebuild(_ sources: [String]) async -> (BuildCommand.Result, library: String?) {
        if let handlers = configuration.handlers, executableExportsSymbols, !wholeBuildNext {
            let build = HandlersLibraryBuild(target: handlers, directory: configuration.directory, configuration: configuration.buildConfiguration)
            if let plan = build.plan(for: sources, executable: configuration.serverExecutable) {
                libraryCount += 1
                let (result, library) = await build.run(plan, number: libraryCount)
                return (result, result.succeeded ? library : nil)
            }
        }
        wholeBuildNext = false
        return (await configuration.build.run(), nil)
    }

    private func launch(library: String?? = .none) async throws(WatchError) -> ServerChild {
        let output = self.output
        let library = library ?? self.library
        return try await ServerChild.start(
            executable: configuration.serverExecutable,
            arguments: configuration.serverArguments(addresses) + (library.map { [HandlersLibrary.argument, $0] } ?? []),
            directory: configuration.directory,
            timeout: configuration.startTimeout
        ) { stream, line in
            switch stream {
            case .output: output.line(line)
            case .error: output.error(line)
            }
        }
    }

    private func serve(_ child: ServerChild) {
        current = child
        target.set(child.port)
        Task { [weak self] in
            let status = await child.process.waitForExit()
            await self?.exited(child, status: status)
        }
    }

    /// A build that exits on its own (a crash in a handler) is started again, once.
    private func exited(_ child: ServerChild, status: Int32) async {
        guard !stopping, current === child else { return }
        output.line("the server exited with status \(status); starting it again")
        do {
            serve(try await launch())
        } catch {
            current = nil
            target.set(nil)
            output.error(error.message)
            output.line("the server could not be started again; it will be on the next save")
        }
    }

    /// How long an old build keeps running after the switch before it is asked to stop.
    static let drainDelay: Duration = .seconds(2)

    static func describe(_ paths: [String]) -> String {
        guard let first = paths.first else { return "nothing" }
        return paths.count == 1 ? first : "\(first) and \(paths.count - 1) more"
    }

    static func seconds(_ duration: Duration) -> String {
        let tenths = Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) * 10 + 0.5)
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
