import FunctionsHost
import FunctionsRuntime
import Logging

extension FunctionsPipeline {
    /// A pipeline that enforces `configuration`'s deadline, body limit and public URL.
    public init(
        project: FunctionsProject,
        configuration: ServerConfiguration,
        twilio: TwilioConnection? = nil,
        logger: Logger = Logger(label: "twilio-functions")
    ) {
        self.init(project: project, configuration: configuration.pipeline, twilio: twilio, logger: logger)
    }
}
