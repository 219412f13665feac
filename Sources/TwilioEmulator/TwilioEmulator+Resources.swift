import TwilioWire

extension TwilioEmulator {
    /// Adds `element` to the state's `list` and answers 201 with its JSON. A new resource depends on
    /// nothing in the state, so callers build it before taking the store's lock.
    func create<Resource: EmulatedResource>(
        _ element: Resource,
        in list: WritableKeyPath<EmulatorState, [Resource]>,
        now: Timestamp
    ) throws(EmulatorError) -> EmulatorResponse {
        try store.write(now: now) { state in state[keyPath: list].append(element) }
        return .json(element.resource(publicBaseURLs), status: 201)
    }

    /// 200 with the resource `find` picks from the state.
    /// - Throws: a 404 naming `resource` when `find` picks nothing.
    func fetch(_ resource: String, _ find: (EmulatorState) -> (some EmulatedResource)?) throws(EmulatorError) -> EmulatorResponse {
        .json(try store.find(resource, find).resource(publicBaseURLs))
    }
}
