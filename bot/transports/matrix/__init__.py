"""Matrix transport (mautrix, E2EE)."""
