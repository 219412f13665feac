import FunctionsHost
import FunctionsRuntime
import Logging

extension ReloadableProject {
    /// A reloadable project whose request flow enforces `configuration`'s deadline, body limit
    /// and public URL.
    public convenience init(
        project: FunctionsProject,
        configuration: ServerConfiguration,
        twilio: TwilioBackend? = nil,
        logger: Logger = Logger(label: "twilio-functions")
    ) {
        self.init(project: project, configuration: configuration.pipeline, twilio: twilio, logger: logger)
    }
}
