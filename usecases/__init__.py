"""Application use cases: what the API views and worker tasks call. They join core/ to the store."""
