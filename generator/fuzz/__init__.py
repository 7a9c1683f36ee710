"""`fuzz` (being built): contract fuzzing of an implementation against its spec. Schemathesis
generates requests from the spec and sends them to a base URL or an ASGI app; every request is
checked by our validator (a request Schemathesis calls valid must be one the spec accepts), and
every response by the validator and by the semantic checks the x- vocabulary implies. It never
imports `generator.serve`: a reference server is just one more implementation to fuzz.

Today it holds `cases`, a Schemathesis case as `Validator.validate_request`'s arguments. No
command is wired yet.
"""
