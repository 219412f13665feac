import FunctionsRuntime

/// `/echo`: answers the whole event as JSON (parameters, then `request` with the headers and
/// cookies), to show what a handler receives.
public let echo: FunctionHandler = { context, event, callback in
    callback(nil, event.jsonValue)
}
