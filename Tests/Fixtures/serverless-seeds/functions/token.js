exports.handler = function(context, event, callback) {
  // リクエストのパラメータとして渡ってきた値を識別子として利用
  const IDENTITY = event.identity;

  const ACCOUNT_SID = context.ACCOUNT_SID;

  // 環境変数からそれぞれの値を取得
  const API_KEY = context.API_KEY;
  const API_SECRET = context.API_SECRET;
  const SERVICE_SID = context.SYNC_SERVICE_SID;

  //アクセストークンおよびSync機能利用を許可するオブジェクトを取得
  const AccessToken = Twilio.jwt.AccessToken;
  const SyncGrant = AccessToken.SyncGrant;

  // SyncGrantオブジェクトを初期化
  const syncGrant = new SyncGrant({
    serviceSid: SERVICE_SID,
  });

  // アクセストークンを生成
  const accessToken = new AccessToken(ACCOUNT_SID, API_KEY, API_SECRET);

  // アクセストークンに許可オブジェクトと識別子を追加
  accessToken.addGrant(syncGrant);
  accessToken.identity = IDENTITY;

  // 今回追加分
  // レスポンスを作成
  const response = new Twilio.Response();

  // Uncomment these lines for CORS support
  response.appendHeader('Access-Control-Allow-Origin', '*');
  response.appendHeader('Access-Control-Allow-Methods', 'GET');
  response.appendHeader('Access-Control-Allow-Headers', 'Content-Type');

  response.appendHeader('Content-Type', 'application/json');
  response.setBody({ token: accessToken.toJwt() });

  // 応答をコールバック
  callback(null, response);
};

