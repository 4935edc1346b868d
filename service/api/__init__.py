"""flask-smorest blueprints. Views parse, call one use case, and return."""
