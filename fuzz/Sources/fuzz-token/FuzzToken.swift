import TwilioAccessToken
import TwilioWire

/// Decodes the input as a JWT and reads every claim; verifying must never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let jwt = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let token = try? DecodedAccessToken(jwt: jwt) else { return 0 }
    _ = token.verifySignature(secret: "secret")
    _ = token.verifySignature(secret: "")
    _ = (token.identity, token.expiresAt, token.issuedAt, token.notBefore)
    _ = (token.signingKeySid, token.accountSid, token.region, token.grants)
    return 0
}
