"""Offline tools for organizers, outside the bot's core: they run once, by hand."""
