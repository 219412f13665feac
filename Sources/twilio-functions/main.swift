import Functions
import TwilioFunctionsCLI

await FunctionsCommandLine(name: "twilio-functions", registry: Functions.registry, handlersModule: "Functions").main()
