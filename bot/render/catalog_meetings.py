"""The catalog's messages about the networking profile form, requests and meetings."""

from __future__ import annotations

from bot.search import Lang

MEETING_MESSAGES: dict[str, dict[Lang, str]] = {
    "help_meet": {"en": "Meeting people", "zh": "对接洽谈"},
    # --- the networking profile, step by step
    "net_intro": {
        "en": "🤝 <b>Meet the right people</b>\nDelegates who join the networking see your "
        "name, organization, role, sectors and what you offer and seek. Nobody gets your "
        "Telegram account unless you accept a meeting with them.",
        "zh": "🤝 <b>对接洽谈</b>\n加入对接的代表可以看到您的姓名、单位、身份、行业，以及您能"
        "提供和希望寻找的资源。只有您接受见面后，对方才能获得您的联系方式。",
    },
    "net_ask_role": {
        "en": "Step 1 of 5: which best describes you?",
        "zh": "第 1/5 步：以下哪项最符合您的身份？",
    },
    "net_ask_sectors": {
        "en": "Step 2 of 5: your sectors. Tap every one that applies, then <b>Done</b>.",
        "zh": "第 2/5 步：您所在的行业。可多选，选好后点<b>完成</b>。",
    },
    "net_ask_offer": {
        "en": "Step 3 of 5: what do you offer? One or two sentences, up to {limit} "
        "characters (for example: “CNC machine tools for export”).",
        "zh": "第 3/5 步：您能提供什么？一两句话，不超过 {limit} 个字（例如：“出口数控机床”）。",
    },
    "net_ask_seek": {
        "en": "Step 4 of 5: what are you looking for? Up to {limit} characters (for "
        "example: “investors for a new-materials plant”).",
        "zh": "第 4/5 步：您希望寻找什么？不超过 {limit} 个字（例如：“新材料项目的投资方”）。",
    },
    "net_ask_languages": {
        "en": "Step 5 of 5: which languages can you hold a meeting in? Tap, then <b>Done</b>.",
        "zh": "第 5/5 步：您可以用哪些语言洽谈？选好后点<b>完成</b>。",
    },
    "net_keep_button": {"en": "Keep it as it is", "zh": "保持不变"},
    "net_now": {"en": "Now: “{text}”", "zh": "目前：“{text}”"},
    "net_done_button": {"en": "✅ Done", "zh": "✅ 完成"},
    "net_language_zh": {"en": "Chinese", "zh": "中文"},
    "net_language_en": {"en": "English", "zh": "英文"},
    "net_pick_one": {
        "en": "Pick at least one first.",
        "zh": "请至少选择一项。",
    },
    "net_field_offer": {"en": "what you offer", "zh": "您能提供的资源"},
    "net_field_seek": {"en": "what you are looking for", "zh": "您希望寻找的资源"},
    "net_text_empty": {
        "en": "I need a few words for {field}. Please type them.",
        "zh": "请用几个字写下{field}。",
    },
    "net_text_too_long": {
        "en": "That is {length} characters; please keep {field} to {limit}.",
        "zh": "这段有 {length} 个字，{field}请不超过 {limit} 个字。",
    },
    "net_not_text": {
        "en": "I read text only: please type {field}.",
        "zh": "我只能读取文字，请输入{field}。",
    },
    "net_paused": {
        "en": "(Your networking profile is waiting for {field}. Type it, or:)",
        "zh": "（您的对接资料还差{field}。请直接输入，或者：）",
    },
    "net_form_stopped": {
        "en": "Stopped; your networking profile is unchanged. /network starts again.",
        "zh": "已停止，您的对接资料没有改变。发送 /network 可重新开始。",
    },
    "net_needs_profile": {
        "en": "🤝 Your networking profile shows your name and organization, so I need them "
        "first; the profile's questions follow. What is your full name? (/stop to stop)",
        "zh": "🤝 对接资料会显示您的姓名和单位，请先填写，随后继续填写对接资料。请问您的姓名是？"
        "发送 /stop 可中止。",
    },
    "net_saved": {
        "en": "✅ Your networking profile is on. Delegates who joined the networking can "
        "now find you; <code>/network off</code> hides you at once.",
        "zh": "✅ 您的对接资料已开启，其他加入对接的代表现在可以找到您；发送 <code>/network off</code> "
        "可立即隐藏。",
    },
    "net_refused": {
        "en": "That profile could not be saved ({problem}). /network starts again.",
        "zh": "资料未能保存（{problem}）。发送 /network 重新开始。",
    },
    # --- the profile as its owner sees it
    "net_yours_visible": {
        "en": "🤝 <b>Your networking profile</b> (visible to delegates who joined)",
        "zh": "🤝 <b>您的对接资料</b>（加入对接的代表可见）",
    },
    "net_yours_hidden": {
        "en": "🙈 <b>Your networking profile</b> (hidden: nobody sees it)",
        "zh": "🙈 <b>您的对接资料</b>（已隐藏，任何人都看不到）",
    },
    "net_edit_button": {"en": "✏️ Change it", "zh": "✏️ 修改"},
    "net_hide_button": {"en": "🙈 Hide me", "zh": "🙈 隐藏我"},
    "net_show_button": {"en": "👀 Show me again", "zh": "👀 重新公开"},
    "net_people_button": {"en": "👥 People to meet", "zh": "👥 推荐洽谈对象"},
    "net_join_button": {"en": "🤝 Join the networking", "zh": "🤝 加入对接洽谈"},
    "net_hidden": {
        "en": "🙈 You are hidden: nobody sees your profile or can ask to meet you. "
        "<code>/network on</code> shows you again.",
        "zh": "🙈 您已隐藏：没有人能看到您的资料或向您发出见面邀请。发送 <code>/network on</code> "
        "可重新公开。",
    },
    "net_shown": {
        "en": "👀 You are visible again to delegates who joined the networking.",
        "zh": "👀 您的资料已重新对加入对接的代表公开。",
    },
    "net_no_profile": {
        "en": "You have no networking profile yet. /network starts one.",
        "zh": "您还没有对接资料，发送 /network 开始填写。",
    },
    "net_words_unknown": {
        "en": "“{words}” isn't something /network knows: /network, <code>/network off</code> or "
        "<code>/network on</code>.",
        "zh": "/network 不认识“{words}”：可以发送 /network、<code>/network off</code> 或 <code>/network on</code>。",
    },
    # --- suggestions
    "matches_header": {"en": "👥 <b>People to meet</b>", "zh": "👥 <b>推荐洽谈对象</b>"},
    "matches_header_at": {
        "en": "👥 <b>People to meet at {title}</b>",
        "zh": "👥 <b>{title}的推荐洽谈对象</b>",
    },
    "matches_none": {
        "en": "Nobody to suggest yet. As more delegates join the networking I'll find "
        "you matches: try again later.",
        "zh": "暂时没有可推荐的对象。加入对接的代表越来越多，请稍后再试。",
    },
    "matches_join_first": {
        "en": "Suggestions are for delegates who joined the networking: tell me what you "
        "offer and seek, and I'll find people to meet.",
        "zh": "推荐只对加入对接的代表开放：告诉我您能提供和希望寻找的资源，我来为您推荐。",
    },
    "matches_hidden": {
        "en": "You are hidden, so I don't suggest anyone: <code>/network on</code> shows you again.",
        "zh": "您的资料已隐藏，因此不做推荐。发送 <code>/network on</code> 可重新公开。",
    },
    "match_meet_button": {"en": "🤝 Meet #{number}", "zh": "🤝 约见 #{number}"},
    # --- requests
    "request_sent": {
        "en": "📨 Request sent to <b>{name}</b>. I'll tell you when they answer.",
        "zh": "📨 已向<b>{name}</b>发出见面邀请，对方答复后我会通知您。",
    },
    "request_self": {"en": "That is you.", "zh": "这是您自己。"},
    "request_not_opted_in": {
        "en": "Join the networking first (/network): the other delegate sees your "
        "profile with your request.",
        "zh": "请先加入对接（/network）：对方会随邀请看到您的资料。",
    },
    "request_unavailable": {
        "en": "This delegate is no longer taking part in the networking.",
        "zh": "该代表已不再参加对接。",
    },
    "request_blocked": {
        "en": "You can't ask this delegate to meet.",
        "zh": "您无法向该代表发出见面邀请。",
    },
    "request_already": {
        "en": "There is already a request between you and this delegate.",
        "zh": "您和该代表之间已经有过见面邀请。",
    },
    "request_limit": {
        "en": "You have {limit} requests waiting for an answer. Wait for some answers "
        "before sending more.",
        "zh": "您有 {limit} 个邀请正在等待答复，请等对方答复后再发新的邀请。",
    },
    "request_notice": {
        "en": "🤝 <b>{name}</b> would like to meet you{where}.",
        "zh": "🤝 <b>{name}</b>希望与您见面{where}。",
    },
    "request_notice_at": {"en": " at <b>{title}</b>", "zh": "（<b>{title}</b>）"},
    "request_accept_button": {"en": "✅ Accept", "zh": "✅ 接受"},
    "request_decline_button": {"en": "Decline", "zh": "婉拒"},
    "request_block_button": {"en": "🚫 Block", "zh": "🚫 屏蔽"},
    "request_report_button": {"en": "⚠️ Report", "zh": "⚠️ 举报"},
    "request_gone": {
        "en": "This request has already been answered or withdrawn.",
        "zh": "该邀请已经答复或已撤回。",
    },
    "request_declined": {
        "en": "Declined. <b>{name}</b> will be told you can't meet this time.",
        "zh": "已婉拒，我会告诉<b>{name}</b>您这次无法见面。",
    },
    "request_blocked_done": {
        "en": "🚫 Blocked: <b>{name}</b> can't ask you again and won't be suggested to you.",
        "zh": "🚫 已屏蔽：<b>{name}</b>无法再向您发出邀请，也不会再推荐给您。",
    },
    "request_reported": {
        "en": "⚠️ Reported to the organizers, and blocked. Thank you for telling us.",
        "zh": "⚠️ 已报告给主办方并屏蔽对方，感谢您的反馈。",
    },
    "declined_notice": {
        "en": "<b>{name}</b> can't meet this time.",
        "zh": "<b>{name}</b>这次无法与您见面。",
    },
    # --- meetings
    "meeting_confirmed": {
        "en": "✅ <b>Meeting confirmed</b> with <b>{name}</b> ({organization}).\n{where}",
        "zh": "✅ <b>见面已确认</b>：<b>{name}</b>（{organization}）。\n{where}",
    },
    "meeting_moved": {
        "en": "🔁 <b>Your meeting has moved</b>: the organizers changed this session's "
        "meeting tables. With <b>{name}</b> ({organization}):\n{where}",
        "zh": "🔁 <b>您的见面已调整</b>：主办方调整了本场的洽谈桌。"
        "与<b>{name}</b>（{organization}）的见面：\n{where}",
    },
    "contact_line": {"en": "💬 Contact: {contact}", "zh": "💬 联系方式：{contact}"},
    "meeting_slot": {
        "en": "🕒 {when}, table {table}\n📍 {title}, {venue}",
        "zh": "🕒 {when}，{table} 号桌\n📍 {title}，{venue}",
    },
    "meeting_no_table": {
        "en": "No meeting table is free at <b>{title}</b>: agree on a time directly.",
        "zh": "<b>{title}</b>已没有空余洽谈桌，请直接与对方约定时间。",
    },
    "meeting_no_session": {
        "en": "No matchmaking session is left to meet at: agree on a time and place directly.",
        "zh": "已没有可用的对接会场次，请直接与对方约定时间和地点。",
    },
    "meeting_cancelled": {
        "en": "❌ Your meeting at <b>{title}</b>, {when}, is cancelled: the other delegate "
        "left the networking.",
        "zh": "❌ 您在<b>{title}</b>（{when}）的见面已取消：对方已退出对接。",
    },
    "meeting_reminder": {
        "en": "⏰ In {minutes} min: your meeting with <b>{name}</b> at table {table}, "
        "<b>{title}</b>.",
        "zh": "⏰ {minutes} 分钟后：您与<b>{name}</b>在 {table} 号桌见面（<b>{title}</b>）。",
    },
    "agenda_meetings": {"en": "<b>Meetings</b>", "zh": "<b>洽谈见面</b>"},
    "agenda_meeting": {
        "en": "🤝 {when}: <b>{name}</b> ({organization}){table}",
        "zh": "🤝 {when}：<b>{name}</b>（{organization}）{table}",
    },
    "agenda_meeting_table": {"en": ", table {table}", "zh": "，{table} 号桌"},
    "ics_meeting": {
        "en": "Meeting: {name} ({organization})",
        "zh": "洽谈见面：{name}（{organization}）",
    },
    # --- organizers
    "stats_header": {"en": "📊 <b>Networking</b>", "zh": "📊 <b>对接洽谈统计</b>"},
    "stats_people": {
        "en": "Delegates who joined: {visible} visible, {hidden} hidden",
        "zh": "加入对接的代表：公开 {visible} 人，隐藏 {hidden} 人",
    },
    "stats_requests": {
        "en": "Requests: {pending} waiting, {accepted} accepted, {declined} declined, "
        "{blocked} blocked",
        "zh": "见面邀请：等待 {pending}，接受 {accepted}，婉拒 {declined}，屏蔽 {blocked}",
    },
    "stats_meetings": {"en": "Meetings by session:", "zh": "各场次见面数："},
    "stats_meeting_line": {"en": "• {title}: {count}", "zh": "• {title}：{count}"},
    "stats_no_meetings": {"en": "No meetings yet.", "zh": "暂无见面。"},
    "stats_reports": {"en": "⚠️ Reports:", "zh": "⚠️ 举报："},
    "stats_report_line": {
        "en": "• {when}: {reporter} reported {reported}",
        "zh": "• {when}：{reporter} 举报了 {reported}",
    },
}
