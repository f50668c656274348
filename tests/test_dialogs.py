"""Dialogs as declared states (bot.kernel.dialogs): steps, /cancel, restarts, failures, staleness."""
from __future__ import annotations

import itertools

import pytest

from bot.kernel.dialogs import END, STAY, Dialog, Step
from bot.kernel.messages import Chat, Incoming, OutMessage, User

ANN = User("console:ann", "Ann", language="zh-hans")
_ids = itertools.count(1)


def incoming(text: str, user: User = ANN) -> Incoming:
    command, _, args = text[1:].partition(" ") if text.startswith("/") else (None, "", "")
    return Incoming("console", user, Chat(user.id, "private"), text=text, message_id=str(next(_ids)),
                    command=command, args=args)


def name_and_age() -> Dialog:
    """A two-step form: a name, then an age that must be a number (else the step stays)."""

    async def on_name(step: Step):
        step.data["name"] = step.msg.text
        await step.transport.send(step.msg.chat.id, OutMessage("多大年纪？"))
        return "age"

    async def on_age(step: Step):
        if not step.msg.text.isdigit():
            await step.transport.send(step.msg.chat.id, OutMessage("请写数字。"))
            return STAY
        if step.msg.text == "0":
            raise RuntimeError("a step that fails")
        await step.transport.send(step.msg.chat.id, OutMessage(f"{step.data['name']}，{step.msg.text}岁。"))
        return END

    return Dialog("form", {"name": on_name, "age": on_age})


@pytest.fixture
def form(empty_kb):
    from bot.kernel.assistant import Assistant
    from bot.settings import load_bot_settings

    def build():
        a = Assistant(empty_kb, load_bot_settings(empty_kb.config))
        a.dialogs.declare(name_and_age())

        @a.command("form")
        async def start(msg, transport):
            a.dialogs.start(msg, "form", "name")
            await transport.send(msg.chat.id, OutMessage("您叫什么？"))

        return a

    return build


def last(transport) -> str:
    return transport.sent[-1][1].plain


async def test_steps_follow_the_declared_table(form, recording_transport):
    a = form()
    await a.handle(incoming("/form"), recording_transport)
    await a.handle(incoming("安"), recording_transport)
    assert last(recording_transport) == "多大年纪？"
    await a.handle(incoming("三十"), recording_transport)
    assert last(recording_transport) == "请写数字。"                      # STAY: same step again
    await a.handle(incoming("30"), recording_transport)
    assert last(recording_transport) == "安，30岁。"
    assert a.dialogs.active(ANN.id, ANN.id) is None
    a.close()


async def test_a_dialog_survives_a_restart(form, recording_transport):
    a = form()
    await a.handle(incoming("/form"), recording_transport)
    await a.handle(incoming("安"), recording_transport)
    a.close()
    b = form()                                # a new process: only the database remains
    await b.handle(incoming("41"), recording_transport)
    assert last(recording_transport) == "安，41岁。"
    b.close()


async def test_cancel_ends_the_dialog_at_any_step(form, recording_transport):
    a = form()
    await a.handle(incoming("/form"), recording_transport)
    await a.handle(incoming("/cancel"), recording_transport)
    assert last(recording_transport) == "已取消。"
    assert a.dialogs.active(ANN.id, ANN.id) is None
    a.close()


async def test_a_failing_step_keeps_the_draft(form, recording_transport):
    a = form()
    await a.handle(incoming("/form"), recording_transport)
    await a.handle(incoming("安"), recording_transport)
    await a.handle(incoming("0"), recording_transport)              # the step raises; the apology is sent
    found = a.dialogs.active(ANN.id, ANN.id)
    assert found is not None and found.state == "age" and found.data == {"name": "安"}
    a.close()


async def test_a_stale_dialog_is_forgotten(form, recording_transport):
    a = form()
    await a.handle(incoming("/form"), recording_transport)
    a.db.execute("update dialog_state set updated_at = updated_at - ?", [25 * 3600])
    assert a.dialogs.active(ANN.id, ANN.id) is None
    a.close()


def test_a_dialog_must_declare_states():
    with pytest.raises(ValueError):
        Dialog("empty", {})
