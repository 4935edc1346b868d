"""flask-smorest blueprints. Views parse, call one use case, and return."""

MAX_ID_CHARS = 128  # a path id longer than this names nothing: the route does not match (404 problem+json)
ID = f"string(maxlength={MAX_ID_CHARS})"  # the converter of every id segment, e.g. f"/<{ID}:event_id>"
MAX_URI_CHARS = 4096  # path and query string of a request; longer is 414 (below gunicorn's 8190-byte line)
