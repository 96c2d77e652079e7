"""The settings screen: this till (settings.toml) and the shop (the store)."""
