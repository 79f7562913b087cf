"""Core of the delegates' assistant: everything that can be tested without Telegram."""
