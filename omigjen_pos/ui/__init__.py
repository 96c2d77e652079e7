"""The PySide6 interface. Imports services and domain, never the store (a test
enforces it). Every string a person reads goes through Qt's translation."""
