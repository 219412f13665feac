extension FunctionContext {
    /// The project's private assets keyed by URL path with its leading slash (`/data.json` for
    /// `assets/data.private.json`): the counterpart of `Runtime.getAssets()`.
    ///
    /// Only private assets are listed, as in Twilio: public and protected ones are meant to be
    /// fetched by URL.
    ///
    /// ```swift
    /// let data = try context.getAssets()["/data.json"]?.open()
    /// ```
    public func getAssets() -> [String: Asset] {
        var assets: [String: Asset] = [:]
        for asset in sharedStorage.assets.assets where asset.visibility == .private {
            assets[asset.path] = asset
        }
        return assets
    }
}
