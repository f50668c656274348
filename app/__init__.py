"""Application plumbing shared by the knowledge base and the bot: database, migrations, private files, times."""
