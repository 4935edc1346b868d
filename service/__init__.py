"""The HTTP adapter: Flask app factory, flask-smorest blueprints, the CLI and the process supervisor."""
