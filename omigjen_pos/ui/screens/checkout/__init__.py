"""The till: scanning into a basket and taking payment, keyboard first."""
