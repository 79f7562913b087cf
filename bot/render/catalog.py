"""Every user-visible string, English and Chinese side by side, and the one place
values are escaped for Telegram's HTML."""

from __future__ import annotations

import html

from bot.search import Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "welcome": {
        "en": "Welcome to the <b>{event}</b>, 24–27 July 2018, Shanghai · Hangzhou · Nanjing · "
        "Kunshan.\n\nAsk me anything about the program, in English or Chinese, e.g. "
        "<i>where is the tourism promotion?</i> or <i>what's on in Nanjing on the 25th?</i>",
        "zh": "欢迎参加<b>{event}</b>（2018年7月24日至27日，上海·杭州·南京·昆山）。\n\n"
        "可以用中文或英文问我日程，例如：<i>旅游推介会几点开始？</i>或<i>7月25日南京有什么活动？</i>",
    },
    "help_intro": {
        "en": "Ask in your own words, e.g. <i>where is the job fair?</i>, or use a command:",
        "zh": "直接用自己的话提问，例如<i>招聘会在哪里？</i>，或使用以下命令：",
    },
    "help_find": {"en": "Finding things", "zh": "查找日程"},
    "help_signup": {"en": "Signing up", "zh": "报名"},
    "help_inform": {"en": "Staying informed", "zh": "提醒与通知"},
    "help_data": {"en": "Your data and this help", "zh": "个人信息与帮助"},
    "help_organizer": {"en": "For organizers", "zh": "主办方专用"},
    "nothing_found": {
        "en": "Sorry, I couldn't find anything about that in the program. I can answer questions "
        "about the sessions, venues and times of the Promotion Week. Try /schedule for the "
        "whole program.",
        "zh": "抱歉，日程里没有找到相关内容。我可以回答洽谈周各场活动的时间、地点等问题。"
        "发送 /schedule 查看完整日程。",
    },
    "greeting": {
        "en": "Hello! Ask me about the program, e.g. <i>what's next?</i> or "
        "<i>where is the job fair?</i> /help lists the commands.",
        "zh": "您好！可以问我日程，例如<i>下一场活动是什么？</i>或<i>招聘会在哪里？</i>发送 /help 查看命令。",
    },
    "suggest": {"en": "Did you mean one of these?", "zh": "您要找的是以下哪一场？"},
    "empty_list": {"en": "No sessions {scope}.", "zh": "{scope}没有安排活动。"},
    "list_title": {"en": "Sessions {scope}:", "zh": "{scope}的活动："},
    "whole_program": {"en": "The whole program:", "zh": "全部日程："},
    "more_sessions": {
        "en": "…and {count} more. Narrow it down, e.g. <code>/schedule 25 Nanjing</code> "
        "or <i>Nanjing tomorrow afternoon</i>.",
        "zh": "……另有 {count} 场。可以缩小范围，例如 <code>/schedule 25 南京</code> 或<i>明天下午南京</i>。",
    },
    "next_title": {"en": "Next up:", "zh": "下一场活动："},
    "no_next": {
        "en": "There are no more sessions: the Promotion Week has ended.",
        "zh": "后面没有活动了：本届洽谈周已经结束。",
    },
    "now_title": {"en": "On right now:", "zh": "正在进行："},
    "nothing_now": {"en": "Nothing is on right now.", "zh": "现在没有正在进行的活动。"},
    "coming_next": {"en": "Coming next:", "zh": "接下来："},
    "outside_event": {
        "en": "The Promotion Week runs from {first} to {last}.",
        "zh": "洽谈周的日期是{first}至{last}。",
    },
    "outside": {
        "en": "That is not in the program: the Promotion Week runs from {first} to {last} 2018, "
        "in {cities}, and nothing else is scheduled. /schedule shows the whole program.",
        "zh": "日程里没有这项安排：2018洽谈周于{first}至{last}在{cities}举行，此外没有其他安排。"
        "发送 /schedule 查看完整日程。",
    },
    "theme_title": {
        "en": "Opening-up theme: <b>{theme}</b>\nIts sessions{scope}:",
        "zh": "开放主题：<b>{theme}</b>\n{scope}相关活动：",
    },
    "themes_title": {
        "en": "The five major opening-up activities of the week, with their sessions:",
        "zh": "本届洽谈周的五大开放活动及相关场次：",
    },
    "venue_choice": {
        "en": "Several buildings go by that name. Which one do you mean?",
        "zh": "有几个场馆都叫这个名字，您要找的是哪一个？",
    },
    "agenda_hint": {
        "en": "Your own sign-ups and waitlist places are in /my.",
        "zh": "您报名的场次和候补名次请发送 /my 查看。",
    },
    "suits_you": {
        "en": "Why this session: it matches what you said ({words}).",
        "zh": "推荐理由：与您提到的“{words}”相符。",
    },
    "duration": {"en": "{hours} h {minutes} min", "zh": "{hours}小时{minutes}分钟"},
    "duration_hours": {"en": "{hours} h", "zh": "{hours}小时"},
    "when": {"en": "When:", "zh": "时间："},
    "where": {"en": "Where:", "zh": "地点："},
    "address": {"en": "Address:", "zh": "地址："},
    "map_button": {"en": "📍 Map", "zh": "📍 地图"},
    "details_button": {"en": "Details", "zh": "详情"},
    "venue_title": {
        "en": "{venue}\n{address}\n\nSessions here:",
        "zh": "{venue}\n{address}\n\n在此举行的活动：",
    },
    "venue_unknown": {
        "en": "I don't know a venue called “{name}”. Venues:",
        "zh": "没有找到名为“{name}”的场馆。场馆列表：",
    },
    "venues_title": {"en": "Venues of the Promotion Week:", "zh": "洽谈周各场馆："},
    "venues_hint": {
        "en": "Ask about a session (“where is the tourism promotion?”) or send "
        "<code>/venue Expo Center</code> for an address, the sessions there and a map pin.",
        "zh": "可以问具体活动（例如“旅游推介会在哪里”），或发送 "
        "<code>/venue 国际博览中心</code> 查看地址、在该场馆举行的活动和地图。",
    },
    "venue_usage": {
        "en": "Which venue? For example <code>/venue Expo Center</code>. Venues:",
        "zh": "请告诉我场馆名称，例如 <code>/venue 国际博览中心</code>。场馆列表：",
    },
    "schedule_unknown": {
        "en": "I don't understand “{arg}” as a day or a city.",
        "zh": "无法把“{arg}”识别为日期或城市。",
    },
    "unknown_command": {
        "en": "I don't know the command {command}. Here is what I can do:",
        "zh": "没有 {command} 这个命令。可用的命令如下：",
    },
    "not_text": {
        "en": "I can only read text messages. Ask me about the program in words, "
        "e.g. <i>what's on tomorrow?</i>",
        "zh": "我只能读文字消息。请用文字提问，例如：<i>明天有什么活动？</i>",
    },
    "too_long": {
        "en": "That message is very long; I read only its beginning.",
        "zh": "消息太长，我只读了开头部分。",
    },
    "stale_button": {
        "en": "That button is out of date. Please ask again.",
        "zh": "该按钮已失效，请重新提问。",
    },
    # sign-ups
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
    "reminders_bad": {"en": "I couldn't read that: {problem}.", "zh": "无法识别：{problem}。"},
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
    "slow_down": {
        "en": "You're sending messages faster than I can read them. I'll answer again "
        "in a few seconds.",
        "zh": "您发送消息太快了，请稍等几秒钟，我再继续回答。",
    },
    "error": {
        "en": "Sorry, something went wrong on my side. Please try again in a moment.",
        "zh": "抱歉，系统出了点问题，请稍后再试。",
    },
}


def escape(text: str) -> str:
    return html.escape(text, quote=False)


class Markup(str):
    """Text that is already safe HTML (built by these functions): not escaped again."""


def message(key: str, lang: Lang, **values: str) -> str:
    """A catalog message; values are escaped here so callers cannot forget."""
    safe = {k: v if isinstance(v, Markup) else escape(v) for k, v in values.items()}
    return MESSAGES[key][lang].format(**safe)
