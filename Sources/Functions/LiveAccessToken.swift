import FunctionsRuntime
import TwilioAccessToken
import TwilioAPI
import TwilioWire

/// `/live-access-token`: the Twilio Live guide's Function. It reads the Sync document
/// `streaming_info`, takes its `playerStreamerSid`, asks Twilio Media for a playback grant with a
/// 60-second ttl, wraps the grant in a `PlaybackGrant`, and answers `{"token": "<JWT>"}` with CORS
/// headers. Offline, the client talks to the emulated Sync and Media services.
///
/// A port of the guide's JavaScript (comments translated):
///
/// ```js
/// exports.handler = async function (context, event, callback) {
///   const { ACCOUNT_SID, API_KEY, API_SECRET } = context;
///   const { SYNC_SERVICE_SID } = context;
///   let error = null;
///   let response = null;
///   const client = require('twilio')(API_KEY, API_SECRET, {accountSid: ACCOUNT_SID});
///   const documentName = 'streaming_info';
///   let syncDocument = await client.sync.services(SYNC_SERVICE_SID).documents(documentName).fetch();
///   if (syncDocument) {
///     let playerStreamerSid = syncDocument.data.playerStreamerSid;
///     const accessToken = new AccessToken(ACCOUNT_SID, API_KEY, API_SECRET);
///     let playbackGrant = await client.media.playerStreamer(playerStreamerSid).playbackGrant().create({ttl: 60});
///     const wrappedPlaybackGrant = new PlaybackGrant({ grant: playbackGrant.grant });
///     accessToken.addGrant(wrappedPlaybackGrant);
///     response = new Twilio.Response();
///     response.appendHeader('Access-Control-Allow-Origin', '*');
///     response.appendHeader('Access-Control-Allow-Methods', 'GET');
///     response.appendHeader('Access-Control-Allow-Headers', 'Content-Type');
///     response.appendHeader('Content-Type', 'application/json');
///     response.setBody({ token: accessToken.toJwt() });
///   } else {
///     error = '問題が発生しました。';   // "A problem occurred."
///   }
///   callback(error, response);
/// };
/// ```
///
/// Where the JavaScript would fail with an unhandled rejection, the port answers a 500 that says
/// which piece is missing: the document, its `playerStreamerSid`, or the streamer.
public let liveAccessToken: FunctionHandler = { context, event, callback in
    // The Twilio credentials.
    let ACCOUNT_SID = try context.ACCOUNT_SID
    let API_KEY = try context.API_KEY
    let API_SECRET = try context.API_SECRET

    // The Sync service SID from the environment.
    let SYNC_SERVICE_SID = try context.SYNC_SERVICE_SID

    // The error and the response passed to the callback.
    var error: HandlerError? = nil
    var response: FunctionResponse? = nil

    // The Twilio client.
    let client = try context.twilioClient(API_KEY, API_SECRET, accountSid: ACCOUNT_SID)

    // The name of the Sync document that holds the streaming settings.
    let documentName = "streaming_info"

    // Read the PlayerStreamer SID from the Sync document.
    let syncDocument = try await fetchIfPresent {
        try await client.sync.services(SYNC_SERVICE_SID).documents(documentName).fetch()
    }

    if let syncDocument {
        if let playerStreamerSid = syncDocument.data["playerStreamerSid"]?.stringValue, !playerStreamerSid.isEmpty {
            // An access token with the right to play this PlayerStreamer's stream.
            var accessToken = AccessToken(ACCOUNT_SID, API_KEY, API_SECRET)

            let playbackGrant = try await fetchIfPresent {
                try await client.media.playerStreamer(playerStreamerSid).playbackGrant().create(ttl: 60)
            }
            if let playbackGrant {
                let wrappedPlaybackGrant = PlaybackGrant(grant: playbackGrant.grant)
                accessToken.addGrant(wrappedPlaybackGrant)

                response = Twilio.Response()
                response?.appendHeader("Access-Control-Allow-Origin", "*")
                response?.appendHeader("Access-Control-Allow-Methods", "GET")
                response?.appendHeader("Access-Control-Allow-Headers", "Content-Type")
                response?.appendHeader("Content-Type", "application/json")
                response?.setBody(["token": try accessToken.toJwt()])
            } else {
                error = HandlerError(
                    "問題が発生しました。 The player streamer \(playerStreamerSid) named by the Sync document \(documentName) does not exist. "
                        + "Create one with `twilio-functions media create` and store its SID in \(documentName)."
                )
            }
        } else {
            error = HandlerError(
                "問題が発生しました。 The Sync document \(documentName) has no playerStreamerSid in its data. "
                    + "Set it with `twilio-functions sync set \(documentName) '{\"playerStreamerSid\": \"VJ...\"}'`."
            )
        }
    } else {
        error = HandlerError(
            "問題が発生しました。 The Sync document \(documentName) does not exist in the Sync service \(SYNC_SERVICE_SID). "
                + "Create it with `twilio-functions sync set \(documentName) '{\"playerStreamerSid\": \"VJ...\"}'`."
        )
    }

    callback(error, response)
}

/// The resource `fetch` returns, or `nil` when Twilio answers 404; other failures are thrown.
private func fetchIfPresent<Resource>(_ fetch: () async throws -> Resource) async throws -> Resource? {
    do {
        return try await fetch()
    } catch let error as TwilioAPIError where error.status == 404 {
        return nil
    }
}
