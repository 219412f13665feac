import FunctionsRuntime
import TwilioAccessToken

/// `/token`: the Twilio Sync tutorial's Function. It mints an Access Token with a Sync grant for
/// the `identity` query parameter and answers `{"token": "<JWT>"}` with CORS headers.
///
/// A line-by-line port of:
///
/// ```js
/// exports.handler = function(context, event, callback) {
///   const IDENTITY = event.identity;
///   const ACCOUNT_SID = context.ACCOUNT_SID;
///   const API_KEY = context.API_KEY;
///   const API_SECRET = context.API_SECRET;
///   const SERVICE_SID = context.SYNC_SERVICE_SID;
///   const AccessToken = Twilio.jwt.AccessToken;
///   const SyncGrant = AccessToken.SyncGrant;
///   const syncGrant = new SyncGrant({ serviceSid: SERVICE_SID });
///   const accessToken = new AccessToken(ACCOUNT_SID, API_KEY, API_SECRET);
///   accessToken.addGrant(syncGrant);
///   accessToken.identity = IDENTITY;
///   const response = new Twilio.Response();
///   response.appendHeader('Access-Control-Allow-Origin', '*');
///   response.appendHeader('Access-Control-Allow-Methods', 'GET');
///   response.appendHeader('Access-Control-Allow-Headers', 'Content-Type');
///   response.appendHeader('Content-Type', 'application/json');
///   response.setBody({ token: accessToken.toJwt() });
///   callback(null, response);
/// };
/// ```
///
/// The identity is taken from the request as the tutorial does; a real app should authenticate
/// the user first, or make the identity unique.
public let token: FunctionHandler = { context, event, callback in
    let IDENTITY = event.identity

    let ACCOUNT_SID = try context.ACCOUNT_SID

    let API_KEY = try context.API_KEY
    let API_SECRET = try context.API_SECRET
    let SERVICE_SID = try context.SYNC_SERVICE_SID

    let syncGrant = SyncGrant(serviceSid: SERVICE_SID)

    var accessToken = AccessToken(ACCOUNT_SID, API_KEY, API_SECRET)
    accessToken.addGrant(syncGrant)
    accessToken.identity = IDENTITY

    let response = Twilio.Response()
    response.appendHeader("Access-Control-Allow-Origin", "*")
    response.appendHeader("Access-Control-Allow-Methods", "GET")
    response.appendHeader("Access-Control-Allow-Headers", "Content-Type")
    response.appendHeader("Content-Type", "application/json")
    response.setBody(["token": try accessToken.toJwt()])

    callback(nil, response)
}
