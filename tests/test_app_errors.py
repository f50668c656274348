"""One error base for the whole application (app.errors.AppError)."""
import pytest

from app.errors import AppError
from app.errors import ConfigError as AppConfigError


def test_kb_errors_are_app_errors():
    from kb.errors import ConfigError, DocumentNotFound, EmptyDocument, KBError

    assert issubclass(KBError, AppError)
    assert issubclass(EmptyDocument, KBError) and issubclass(DocumentNotFound, AppError)
    assert ConfigError is AppConfigError       # still importable from kb.errors


def test_bot_errors_are_app_errors():
    from bot.features.broadcast.service import BroadcastError
    from bot.features.roster import RosterError

    assert issubclass(RosterError, AppError) and issubclass(BroadcastError, AppError)


def test_cli_shows_an_app_error_as_its_sentence():
    import click

    from cli.common import kb_errors

    @kb_errors
    def fails():
        raise AppConfigError("bot.access must be one of open, members; got 'x'.")

    with pytest.raises(click.ClickException, match="bot.access must be one of"):
        fails()
