"""Telegram transport (python-telegram-bot)."""
