"""`python run_bot.py` with a token: the real process, long polling a fake Bot API."""

from __future__ import annotations

from pathlib import Path

from tests.bot_process import TOKEN, bot_environment, start_bot, stop_bot
from tests.fake_bot_api import FakeBotApiServer
from tests.support import until


async def test_telegram_mode_polls_answers_and_logs_one_line_per_update(tmp_path: Path) -> None:
    async with FakeBotApiServer() as server:
        env = bot_environment(server, tmp_path / "bot.sqlite3", "2018-07-24T13:00:00+08:00")
        process = await start_bot(env)
        try:
            api = server.api
            # polling has started once a long poll is parked (a finished one takes its timeout)
            await until(lambda: api.long_poll_pending, within=30)
            user = api.make_user(7001, "Li", "zh-hans")
            api.push_message(user, "下一个活动是什么")
            reply = await api.wait_for_sent(7001, timeout=10)
            assert "湖南人才招聘会" in reply["text"]  # 14:00 is next after 13:00
            commands = api.my_commands(language_code="zh")
            assert commands, "the Chinese command menu is registered at start-up"
        finally:
            log = await stop_bot(process)
    assert process.returncode == 0, log
    assert TOKEN not in log and "SECRET-TOKEN" not in log
    update_lines = [line for line in log.splitlines() if "bot.updates" in line]
    assert len(update_lines) == 1
    assert "user=7001" in update_lines[0] and "ms" in update_lines[0]
    assert (tmp_path / "bot.sqlite3").exists()
