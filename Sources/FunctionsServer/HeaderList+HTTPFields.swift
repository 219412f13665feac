import HTTPTypes
import Logging
import TwilioWire

extension HeaderList {
    /// The lines of `fields` in arrival order, names as they were spelled on the wire.
    init(_ fields: HTTPFields) {
        self.init()
        reserveCapacity(fields.count)
        for field in fields { append((name: field.name.canonicalName, value: field.value)) }
    }
}

extension HTTPFields {
    /// The fields for `lines`, in order; a name HTTP cannot carry is dropped with a warning rather
    /// than failing the response.
    init(_ lines: HeaderList, logger: Logger) {
        self.init()
        reserveCapacity(lines.count + 1)
        for (name, value) in lines {
            guard let fieldName = HTTPField.Name.common[name] ?? HTTPField.Name(name) else {
                logger.warning("dropped the response header \"\(name)\": not a valid HTTP header name")
                continue
            }
            append(HTTPField(name: fieldName, value: value))
        }
    }
}

extension HTTPField.Name {
    /// The names handlers set most, by the spelling they are usually set with. A lookup gives the
    /// same name as parsing, which checks every byte and lowercases a copy on every response.
    fileprivate static let common: [String: HTTPField.Name] = {
        let names: [HTTPField.Name] = [
            .contentType, .contentLength, .cacheControl, .location, .setCookie, .eTag,
            .accessControlAllowOrigin, .accessControlAllowMethods, .accessControlAllowHeaders,
            .accessControlAllowCredentials, .accessControlExposeHeaders, .accessControlMaxAge,
        ]
        // Keyed by the raw spelling only: HTTP/1 writes a name as it was spelled.
        return Dictionary(uniqueKeysWithValues: names.map { ($0.rawName, $0) })
    }()
}
