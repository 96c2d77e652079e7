"""The till: baskets that survive a crash, and sales written once, whole."""
