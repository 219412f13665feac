import FunctionsRuntime

/// `/hello`: the classic first Function.
///
/// ```js
/// exports.handler = function (context, event, callback) {
///   callback(null, 'Hello World');
/// };
/// ```
public let hello: FunctionHandler = { context, event, callback in
    callback(nil, "Hello World")
}
