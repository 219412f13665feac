import FunctionsRuntime
import Logging
import Synchronization
import TwilioWire

/// The project a running server answers with, replaceable while it runs: `serve` swaps in a new
/// manifest, environment or assets folder on SIGHUP (and in watch mode, on every save).
///
/// A request takes the project current when it arrives and keeps it to the end, so a replacement
/// never drops or mixes up a request in flight.
///
/// ```swift
/// let reloadable = ReloadableProject(project: project, configuration: configuration)
/// let app = buildApplication(reloading: reloadable, configuration: configuration)
/// // later, after functions.json changed:
/// let changes = reloadable.replace(with: try FunctionsProject.load(manifestPath: "functions.json",
///     environmentPath: "environment", registry: Functions.registry))
/// print(changes.summary)   // "reloaded functions.json: + /new"
/// ```
public final class ReloadableProject: Sendable {
    /// One project with the pipeline built for it; replaced as a whole, so a request never sees
    /// the routes of one project with the environment of another.
    package final class Generation: Sendable {
        package let project: FunctionsProject
        package let pipeline: FunctionsPipeline

        init(project: FunctionsProject, pipeline: FunctionsPipeline) {
            self.project = project
            self.pipeline = pipeline
        }
    }

    private let current: Mutex<Generation>
    private let configuration: PipelineConfiguration
    private let twilio: TwilioConnection?
    private let logger: Logger
    private let advertisedAPI = Mutex<String?>(nil)
    /// What the handlers' Twilio clients talk to: `emulated`, `twilio` (Twilio itself) or `none`.
    package let twilioMode: String
    /// The connection the console edits data through: set only for emulated services, so the
    /// console never changes a real account.
    package let emulatedTwilio: TwilioConnection?

    /// A reloadable project starting with `project`.
    /// - Parameters:
    ///   - project: the manifest, environment and handlers to answer with first.
    ///   - configuration: the deadline, the body limit and the public URL for signatures.
    ///   - twilio: what the handlers' Twilio clients talk to; `nil` leaves them without a connection.
    ///   - logger: the handlers' logger.
    public init(
        project: FunctionsProject,
        configuration: PipelineConfiguration = PipelineConfiguration(),
        twilio: TwilioBackend? = nil,
        logger: Logger = Logger(label: "twilio-functions")
    ) {
        let connection = twilio?.connection
        self.twilioMode = twilio.map { $0.isTwilio ? "twilio" : "emulated" } ?? "none"
        self.emulatedTwilio = twilio?.isTwilio == false ? connection : nil
        self.configuration = configuration
        self.twilio = connection
        self.logger = logger
        self.current = Mutex(
            Generation(
                project: project,
                pipeline: FunctionsPipeline(project: project, configuration: configuration, twilio: connection, logger: logger)
            )
        )
    }

    /// The project requests are answered with now.
    public var project: FunctionsProject { generation.project }

    /// The base URL of the emulated Twilio API the handlers use, once known (the console shows it).
    public var apiBaseURL: String? {
        get { advertisedAPI.withLock { $0 } }
        set { advertisedAPI.withLock { $0 = newValue } }
    }

    /// The pipeline requests are answered with now.
    package var pipeline: FunctionsPipeline { generation.pipeline }

    /// The current generation: one lock and one retain, so the request path stays cheap.
    package var generation: Generation { current.withLock { $0 } }

    /// Answers the next requests with `project`; requests already running finish with the old one.
    /// - Returns: what differs from the project it replaces.
    @discardableResult
    public func replace(with project: FunctionsProject) -> ProjectChanges {
        let next = Generation(
            project: project,
            pipeline: FunctionsPipeline(project: project, configuration: configuration, twilio: twilio, logger: logger)
        )
        let previous = current.withLock { generation in
            defer { generation = next }
            return generation
        }
        return ProjectChanges(from: previous.project, to: project)
    }
}
