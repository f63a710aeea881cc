"""Group-chat moderation: pure checks (no Telegram, no database)."""
