"""The catalog's messages for announcements, program changes and the organizers' tools."""

from __future__ import annotations

from bot.search import Lang

ORGANIZER_MESSAGES: dict[str, dict[Lang, str]] = {
    "announcement": {
        "en": "📢 <b>From the organizers</b>\n{text}",
        "zh": "📢 <b>主办方通知</b>\n{text}",
    },
    "news_title": {"en": "Recent announcements:", "zh": "最近的通知："},
    "news_empty": {"en": "No announcements yet.", "zh": "暂无通知。"},
    "program_change": {
        "en": "📣 <b>Program change</b> for your sessions:",
        "zh": "📣 <b>日程变更</b>（涉及您报名的活动）：",
    },
    "change_moved": {
        "en": "🕘 <b>{title}</b>: {old} → {new}",
        "zh": "🕘 <b>{title}</b>：{old} → {new}",
    },
    "change_venue": {
        "en": "📍 <b>{title}</b>: {old} → {new}",
        "zh": "📍 <b>{title}</b>：{old} → {new}",
    },
    "change_cancelled": {
        "en": "❌ <b>{title}</b> is cancelled.",
        "zh": "❌ <b>{title}</b>已取消。",
    },
    "change_added": {"en": "➕ <b>{title}</b> is new: {new}", "zh": "➕ 新增<b>{title}</b>：{new}"},
    "change_seats_more": {
        "en": "👥 <b>{title}</b>: {old} → {new} seats; the waitlist moves up in order",
        "zh": "👥 <b>{title}</b>：{old} → {new} 个座位；候补者按顺序递补",
    },
    "change_tables": {
        "en": "🤝 <b>{title}</b>: {old} → {new} meeting tables, {old_minutes} → {new_minutes} minutes a meeting",
        "zh": "🤝 <b>{title}</b>：约见桌 {old} → {new} 张，每场约见 {old_minutes} → {new_minutes} 分钟",
    },
    "change_seats_fewer": {
        "en": "👥 <b>{title}</b>: {old} → {new} seats; those already confirmed keep their seats",
        "zh": "👥 <b>{title}</b>：{old} → {new} 个座位；已确认的代表保留座位",
    },
    # organizers
    "organizers_only": {"en": "This is for organizers.", "zh": "此功能仅限主办方使用。"},
    "broadcast_ask_text": {
        "en": "Send the announcement text (/stop to stop).\nFor delegates reading Chinese, add "
        "a line <code>---</code> and the Chinese text below it: each delegate gets their "
        "language.",
        "zh": "请发送通知内容（发送 /stop 中止）。\n如需中文版本：先写英文，另起一行写 "
        "<code>---</code>，再写中文；每位代表收到自己语言的版本。",
    },
    "broadcast_audience": {"en": "Who should receive it?", "zh": "发送给谁？"},
    "audience_all": {"en": "Everyone", "zh": "所有人"},
    "audience_subscribers": {"en": "Digest subscribers", "zh": "每日推送订阅者"},
    "audience_session": {"en": "A session's attendees…", "zh": "某场活动的报名者…"},
    "audience_city": {"en": "Delegates in a city…", "zh": "某城市的报名者…"},
    "audience_confirmed": {"en": "Confirmed only", "zh": "仅已确认"},
    "audience_with_waitlist": {"en": "Confirmed + waitlist", "zh": "已确认 + 候补"},
    "audience_pick_session": {"en": "Which session?", "zh": "哪一场活动？"},
    "audience_pick_group": {
        "en": "<b>{title}</b>, {when}\nOnly those signed up, or the waitlist too?",
        "zh": "<b>{title}</b>，{when}\n只发给已报名的人，还是也发给候补？",
    },
    "audience_signed_up_button": {"en": "✓ Signed up only", "zh": "✓ 仅已报名"},
    "audience_waitlist_button": {"en": "+ Waitlist too", "zh": "+ 含候补"},
    "audience_sessions_button": {"en": "« Sessions", "zh": "« 返回活动列表"},
    "audience_pick_city": {"en": "Which city?", "zh": "哪个城市？"},
    "broadcast_preview": {
        "en": "<b>Preview</b>\n\n{announcement}\n\nTo: {audience}: <b>{count}</b> recipients. Send?",
        "zh": "<b>预览</b>\n\n{announcement}\n\n发送对象：{audience}，共 <b>{count}</b> 人。确认发送？",
    },
    "preview_version": {
        "en": "<i>{language} · {count} recipients</i>\n{announcement}",
        "zh": "<i>{language} · {count} 人</i>\n{announcement}",
    },
    "version_en": {"en": "English", "zh": "英文版"},
    "version_zh": {"en": "Chinese", "zh": "中文版"},
    "preview_one_version": {
        "en": "ℹ️ One text for everyone: the {count} delegates reading {language} get it too. "
        "To write both, send /broadcast again: English, a line <code>---</code>, then Chinese.",
        "zh": "ℹ️ 所有人收到同一段文字，{count} 位阅读{language}的代表也会收到。如需两种语言，"
        "请重新发送 /broadcast：先写英文，另起一行写 <code>---</code>，再写中文。",
    },
    "reader_en": {"en": "English", "zh": "英文"},
    "reader_zh": {"en": "Chinese", "zh": "中文"},
    "send_button": {"en": "Send", "zh": "发送"},
    "discard_button": {"en": "Discard", "zh": "放弃"},
    "broadcast_queued": {
        "en": "Announcement #{id} is on its way to {count} recipients. I'll report "
        "when it's delivered; /broadcasts shows progress.",
        "zh": "通知 #{id} 正在发送给 {count} 人，完成后我会报告；发送 /broadcasts 查看进度。",
    },
    "broadcast_already": {
        "en": "Announcement #{id} was already sent.",
        "zh": "通知 #{id} 已经发送过了。",
    },
    "broadcast_discarded": {
        "en": "Discarded; nothing was sent.",
        "zh": "已放弃，没有发送任何内容。",
    },
    "broadcast_report": {
        "en": "✅ Announcement #{id} done: {sent} sent, {blocked} blocked the bot, "
        "{failed} failed, in {seconds} s.",
        "zh": "✅ 通知 #{id} 发送完成：成功 {sent}，屏蔽机器人 {blocked}，失败 {failed}，用时 {seconds} 秒。",
    },
    "broadcasts_title": {"en": "Recent announcements:", "zh": "最近的通知："},
    "broadcast_line": {
        "en": "#{id} {status}: {sent}/{total} sent, {blocked} blocked, {failed} failed — “{text}”",
        "zh": "#{id} {status}：已发送 {sent}/{total}，屏蔽 {blocked}，失败 {failed} ——“{text}”",
    },
    "reload_invalid": {
        "en": "The program file has a problem, so the current program stays:\n<code>{error}</code>",
        "zh": "日程文件有错误，当前日程保持不变：\n<code>{error}</code>",
    },
    "reload_same": {
        "en": "The file is valid and nothing in it changed.",
        "zh": "文件有效，内容没有变化。",
    },
    "reload_preview": {
        "en": "<b>Changes in the new program</b>\n{lines}\n\nApply, and tell the {count} delegates affected?",
        "zh": "<b>新日程的变更</b>\n{lines}\n\n确认更新并通知受影响的 {count} 位代表？",
    },
    "affected_count": {"en": "({count} signed up)", "zh": "（{count} 人报名）"},
    "reseated_count": {
        "en": "(meetings to seat again: {count}; both delegates are told)",
        "zh": "（{count} 场约见重新安排，双方都会收到通知）",
    },
    "apply_button": {"en": "Apply", "zh": "更新"},
    "reload_applied": {
        "en": "The new program is live. {told} delegates will be told what changed.",
        "zh": "新日程已生效，将通知 {told} 位代表。",
    },
    "reload_stale": {
        "en": "The file changed after the preview; send /reload again.",
        "zh": "预览之后文件又被修改了，请重新发送 /reload。",
    },
    "attendees_usage": {
        "en": "Which session? For example <code>/attendees tourism</code>.",
        "zh": "哪一场活动？例如 <code>/attendees 旅游推介会</code>。",
    },
    "attendees_title": {
        "en": "<b>{title}</b>: {confirmed} of {capacity} confirmed, {waiting} waiting",
        "zh": "<b>{title}</b>：已确认 {confirmed}/{capacity}，候补 {waiting}",
    },
    "attendees_csv": {
        "en": "The full list is in the attached CSV file.",
        "zh": "完整名单见附件 CSV 文件。",
    },
    "stats_title": {"en": "<b>Sign-ups against capacity</b>", "zh": "<b>报名与容量</b>"},
    "stats_line": {
        "en": "{flag}{title}: {confirmed}/{capacity} ({percent}%), {waiting} waiting",
        "zh": "{flag}{title}：{confirmed}/{capacity}（{percent}%），候补 {waiting}",
    },
}
