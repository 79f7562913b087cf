"""The catalog's messages about seats, sign-ups, the profile, reminders and digests."""

from __future__ import annotations

from bot.search import Lang

SIGNUP_MESSAGES: dict[str, dict[Lang, str]] = {
    "seats_left": {
        "en": "💺 {left} of {capacity} seats left",
        "zh": "💺 剩余 {left}/{capacity} 个座位",
    },
    "full": {"en": "💺 Full — {waiting} waiting", "zh": "💺 已满——{waiting} 人候补"},
    # A card shows these instead of seats once the session has begun.
    "card_in_progress": {
        "en": "▶️ In progress now; sign-up has closed.",
        "zh": "▶️ 正在进行，报名已截止。",
    },
    "card_ended": {"en": "⏹ This session has ended.", "zh": "⏹ 本场活动已结束。"},
    "you_confirmed": {"en": "✅ You're signed up.", "zh": "✅ 您已报名。"},
    "you_waitlisted": {
        "en": "⏳ You're #{position} on the waitlist.",
        "zh": "⏳ 您在候补名单第 {position} 位。",
    },
    "signup_button": {"en": "✍️ Sign up", "zh": "✍️ 报名"},
    "waitlist_button": {
        "en": "⏳ Join the waitlist ({waiting} waiting)",
        "zh": "⏳ 加入候补（{waiting} 人候补）",
    },
    "cancel_button": {"en": "Cancel my seat", "zh": "取消报名"},
    "leave_waitlist_button": {"en": "Leave the waitlist", "zh": "退出候补"},
    "signed_up": {
        "en": "✅ You're signed up for <b>{title}</b>, {when}. /my shows your agenda.",
        "zh": "✅ 您已报名<b>{title}</b>，{when}。发送 /my 查看个人日程。",
    },
    "waitlisted": {
        "en": "<b>{title}</b> is full. You're #{position} on the waitlist; I'll tell "
        "you as soon as a seat frees up.",
        "zh": "<b>{title}</b>已满。您在候补名单第 {position} 位，有空位时我会立即通知您。",
    },
    "already_confirmed": {
        "en": "You're already signed up for <b>{title}</b>.",
        "zh": "您已经报名了<b>{title}</b>。",
    },
    "already_waitlisted": {
        "en": "You're already #{position} on the waitlist for <b>{title}</b>.",
        "zh": "您已在<b>{title}</b>的候补名单第 {position} 位。",
    },
    "in_progress": {
        "en": "Sign-up has closed: <b>{title}</b> has already started.",
        "zh": "报名已截止：<b>{title}</b>已经开始。",
    },
    "ended": {
        "en": "Sign-up has closed: <b>{title}</b> has already ended.",
        "zh": "报名已截止：<b>{title}</b>已经结束。",
    },
    # A sign-up's clash warnings name the other session, its city, day and times.
    "clash_overlap": {
        "en": "⚠️ It overlaps <b>{other}</b> in {city}, {when}, which you're signed up for.",
        "zh": "⚠️ 与您已报名的<b>{other}</b>（{city}，{when}）时间冲突。",
    },
    "clash_travel_before": {
        "en": "⚠️ You're signed up for <b>{other}</b> in {city}, {when}; it ends only {gap} "
        "min before this one starts, and the trip takes about {travel} min.",
        "zh": "⚠️ 您已报名的<b>{other}</b>（{city}，{when}）结束后仅 {gap} 分钟本场就开始，"
        "路上约需 {travel} 分钟。",
    },
    "clash_travel_after": {
        "en": "⚠️ You're signed up for <b>{other}</b> in {city}, {when}; it starts only {gap} "
        "min after this one ends, and the trip takes about {travel} min.",
        "zh": "⚠️ 本场结束后仅 {gap} 分钟，您已报名的<b>{other}</b>（{city}，{when}）就开始，"
        "路上约需 {travel} 分钟。",
    },
    "clash_question": {
        "en": "Sign up for <b>{title}</b> anyway?",
        "zh": "仍要报名<b>{title}</b>吗？",
    },
    "signup_anyway_button": {"en": "Sign up anyway", "zh": "仍然报名"},
    "keep_button": {"en": "Never mind", "zh": "算了"},
    "kept": {"en": "OK, nothing changed.", "zh": "好的，没有做任何更改。"},
    "cancelled": {
        "en": "Cancelled: you no longer have a seat at <b>{title}</b>.",
        "zh": "已取消：您不再参加<b>{title}</b>。",
    },
    "left_waitlist": {
        "en": "You left the waitlist for <b>{title}</b>.",
        "zh": "您已退出<b>{title}</b>的候补名单。",
    },
    "give_up_question": {
        "en": "Give up your seat at <b>{title}</b> ({when})? It goes at once to the next "
        "delegate on the waitlist, and you may not get it back.",
        "zh": "确定放弃<b>{title}</b>（{when}）的座位吗？座位会立即让给候补名单上的下一位，"
        "之后可能无法再取回。",
    },
    "give_up_button": {"en": "Yes, give up my seat", "zh": "确定放弃座位"},
    "keep_seat_button": {"en": "Keep my seat", "zh": "保留座位"},
    "nothing_to_cancel": {
        "en": "You weren't signed up for <b>{title}</b>.",
        "zh": "您没有报名<b>{title}</b>。",
    },
    "promoted": {
        "en": "🎉 A seat freed up: you're now confirmed for <b>{title}</b>, {when}, {venue}.",
        "zh": "🎉 有空位了：您已确认参加<b>{title}</b>，{when}，{venue}。",
    },
    "my_empty": {
        "en": "You haven't signed up for anything yet. Ask about a session and press ✍️ Sign up.",
        "zh": "您还没有报名任何活动。查询某场活动后点击“✍️ 报名”即可。",
    },
    "my_title": {"en": "Your agenda:", "zh": "您的日程："},
    "status_confirmed": {"en": "✅ confirmed", "zh": "✅ 已确认"},
    "status_waitlist": {"en": "⏳ waitlist #{position}", "zh": "⏳ 候补第 {position} 位"},
    # /my, under the later of two confirmed sessions that clash; {other} is the earlier.
    "agenda_overlap": {
        "en": "⚠️ overlaps with <b>{other}</b>",
        "zh": "⚠️ 与<b>{other}</b>时间冲突",
    },
    "agenda_travel": {
        "en": "⚠️ not enough time to travel from {city} after <b>{other}</b> ({gap} min "
        "between, the trip takes about {travel} min)",
        "zh": "⚠️ 从{city}的<b>{other}</b>赶来时间不够（间隔 {gap} 分钟，路上约需 {travel} 分钟）",
    },
    "calendar_button": {"en": "📅 Add to calendar", "zh": "📅 添加到日历"},
    "calendar_caption": {
        "en": "Your confirmed sessions. Open the file to add them to your "
        "calendar; importing it again updates them.",
        "zh": "您已确认的活动。打开文件即可添加到日历，再次导入会更新而不会重复。",
    },
    "calendar_empty": {
        "en": "No confirmed sessions to export yet.",
        "zh": "还没有已确认的活动可以导出。",
    },
    "signup_usage": {
        "en": "Which session? For example <code>/signup tourism</code>.",
        "zh": "报名哪一场？例如 <code>/signup 旅游推介会</code>。",
    },
    "cancel_usage": {
        "en": "Which session? For example <code>/cancel tourism</code>, or use the buttons in /my.",
        "zh": "取消哪一场？例如 <code>/cancel 旅游推介会</code>，或在 /my 中点按钮。",
    },
    "signup_no_match": {
        "en": "No session of the program matches “{words}”. Which one? For example "
        "<code>/signup tourism</code>, or /schedule for all of them.",
        "zh": "日程中没有与“{words}”相符的活动。报名哪一场？例如 <code>/signup 旅游推介会</code>，"
        "或发送 /schedule 查看全部。",
    },
    "cancel_nothing": {
        "en": "You have no sign-ups to cancel.",
        "zh": "您目前没有可以取消的报名。",
    },
    "cancel_no_match": {
        "en": "None of your sign-ups matches “{words}”. Yours are below.",
        "zh": "您的报名中没有与“{words}”相符的。您的报名如下。",
    },
    "cancel_which": {"en": "Which of your sign-ups?", "zh": "取消您的哪一场报名？"},
    "today_other_day": {
        "en": "/today shows today; “{words}” names another day, so here it is:",
        "zh": "/today 显示今天的活动；“{words}”是另一天，以下是那天的日程：",
    },
    "ask_name": {
        "en": "Before your first sign-up: what is your full name? Organizers need it "
        "for the attendee list. (/stop to stop)",
        "zh": "首次报名前，请告诉我您的姓名（主办方的参会名单需要）。发送 /stop 可中止。",
    },
    "ask_organization": {"en": "And your organization?", "zh": "您的单位名称是？"},
    "profile_saved": {
        "en": "Thanks, {name} ({organization}). /profile changes this.",
        "zh": "谢谢，{name}（{organization}）。发送 /profile 可修改。",
    },
    "ask_new_name": {
        "en": "What name should the organizers' lists show? (/stop keeps the current one)",
        "zh": "请发送您希望主办方名单显示的姓名（发送 /stop 保留原来的）。",
    },
    "ask_new_organization": {
        "en": "Which organization should the organizers' lists show? (/stop keeps the current one)",
        "zh": "请发送您希望主办方名单显示的单位（发送 /stop 保留原来的）。",
    },
    "field_name": {"en": "full name", "zh": "姓名"},
    "field_organization": {"en": "organization", "zh": "单位名称"},
    "profile_empty": {
        "en": "I didn't get a {field} there. Please type it.",
        "zh": "没有收到{field}，请直接输入。",
    },
    "profile_too_long": {
        "en": "That is over 100 characters, too long for a {field}. Please send a shorter one.",
        "zh": "超过了100个字符，作为{field}太长了，请发送短一些的。",
    },
    "profile_no_letters": {
        "en": "A {field} needs letters, not only digits or signs. Please type your {field}.",
        "zh": "{field}需要包含文字，不能只有数字或符号。请输入您的{field}。",
    },
    "profile_not_text": {
        "en": "Please type your {field} as text.",
        "zh": "请用文字输入您的{field}。",
    },
    "profile_paused": {
        "en": "I was asking for your {field}: type it to go on, or stop here.",
        "zh": "刚才在请您输入{field}：直接输入即可继续，也可以中止。",
    },
    "go_on_button": {"en": "✍️ Go on", "zh": "✍️ 继续"},
    "stop_button": {"en": "Stop", "zh": "中止"},
    "profile_current": {
        "en": "The organizers' lists show you as:\nName: <b>{name}</b>\n"
        "Organization: <b>{organization}</b>",
        "zh": "主办方名单上您的信息：\n姓名：<b>{name}</b>\n单位：<b>{organization}</b>",
    },
    "change_name_button": {"en": "Change name", "zh": "修改姓名"},
    "change_organization_button": {"en": "Change organization", "zh": "修改单位"},
    "profile_stopped": {"en": "Stopped. Nothing was saved.", "zh": "已中止，没有保存任何内容。"},
    "forget_question": {
        "en": "This deletes your name, organization and every sign-up; your "
        "seats go to the waitlist. Delete?",
        "zh": "这将删除您的姓名、单位和所有报名，您的座位将让给候补人员。确定删除吗？",
    },
    "forget_button": {"en": "Delete my data", "zh": "删除我的数据"},
    "forgotten": {
        "en": "Done: your profile and sign-ups are deleted.",
        "zh": "已完成：您的个人信息和报名记录已删除。",
    },
    "not_yours": {"en": "This button belongs to someone else.", "zh": "这个按钮不属于您。"},
    "cannot_save": {
        "en": "Sorry, I can't save that right now. Nothing was lost; please try again later.",
        "zh": "抱歉，暂时无法保存。已保存的内容不会丢失，请稍后再试。",
    },
    # reminders and the daily digest
    "reminder": {
        "en": "⏰ Reminder: <b>{title}</b> starts in {minutes} min ({when}).\n📍 {venue}, {address}",
        "zh": "⏰ 提醒：<b>{title}</b>将在 {minutes} 分钟后开始（{when}）。\n📍 {venue}，{address}",
    },
    "reminder_late": {
        "en": "⏰ Reminder (sent late, sorry): <b>{title}</b> starts in {minutes} min "
        "({when}).\n📍 {venue}, {address}",
        "zh": "⏰ 提醒（发送延迟，抱歉）：<b>{title}</b>将在 {minutes} 分钟后开始（{when}）。\n📍 {venue}，{address}",
    },
    "cant_make_it_button": {"en": "Can't make it: cancel my seat", "zh": "去不了：取消报名"},
    "reminders_now": {
        "en": "Reminders: {leads} before each session you're confirmed for.",
        "zh": "提醒：在您已确认的每场活动开始前 {leads} 提醒您。",
    },
    "reminders_off": {"en": "Reminders are off.", "zh": "提醒已关闭。"},
    "reminders_usage": {
        "en": "Choose below, or send e.g. <code>/reminders 45 10</code> (minutes) "
        "or <code>/reminders off</code>.",
        "zh": "请在下方选择，或发送例如 <code>/reminders 45 10</code>（分钟）或 <code>/reminders off</code>。",
    },
    "reminders_bad_count": {
        "en": "I couldn't read that: give one to {most} numbers of minutes, e.g. "
        "<code>/reminders 60 15</code>.",
        "zh": "无法识别：请给出 1 到 {most} 个分钟数，例如 <code>/reminders 60 15</code>。",
    },
    "reminders_bad_minutes": {
        "en": "I couldn't read “{part}” as minutes before a session: use whole minutes from 1 "
        "to {longest}. To switch reminders off, send <code>/reminders off</code>.",
        "zh": "无法把“{part}”识别为提前提醒的分钟数：请用 1 到 {longest} 之间的整数。"
        "如要关闭提醒，请发送 <code>/reminders off</code>。",
    },
    "off_button": {"en": "Off", "zh": "关闭"},
    "default_button": {"en": "Default ({leads})", "zh": "默认（{leads}）"},
    "subscribed": {
        "en": "Subscribed: every morning at 08:00 during the event I'll send the day's "
        "program and your own sessions. /unsubscribe stops it.",
        "zh": "已订阅：活动期间每天早上 8:00 发送当天日程和您的活动。发送 /unsubscribe 取消。",
    },
    "unsubscribed": {"en": "Unsubscribed from the daily digest.", "zh": "已取消每日日程推送。"},
    "not_subscribed": {
        "en": "You weren't subscribed to the daily digest.",
        "zh": "您没有订阅每日日程推送。",
    },
    "digest_title": {
        "en": "☀️ Good morning! The program for {day}:",
        "zh": "☀️ 早上好！{day}的日程：",
    },
    "digest_yours": {"en": "Your sessions today:", "zh": "您今天的活动："},
    "digest_none_yours": {
        "en": "You're not signed up for anything today.",
        "zh": "您今天没有报名的活动。",
    },
    "digest_empty": {"en": "No sessions today.", "zh": "今天没有活动。"},
    # announcements and program changes, as delegates see them
}
