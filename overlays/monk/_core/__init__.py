"""The engine under the clients: configuration, auth, transport, retries, request rules, decoding, pages."""
