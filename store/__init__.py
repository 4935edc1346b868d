"""The Redis adapter: every key factrecon writes, and the atomic operations on them."""
