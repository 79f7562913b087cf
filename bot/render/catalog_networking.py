"""The catalog's messages about networking: roles, a delegate's public profile, and the
one-line reason a delegate is suggested."""

from __future__ import annotations

from bot.search import Lang

NETWORKING_MESSAGES: dict[str, dict[Lang, str]] = {
    # the roles a delegate picks (bot.matchmaking.ROLES)
    "role_enterprise": {"en": "Hunan enterprise", "zh": "湖南企业"},
    "role_investor": {"en": "investor or financial institution", "zh": "投资或金融机构"},
    "role_buyer": {"en": "buyer or trader", "zh": "采购商或贸易商"},
    "role_government": {"en": "government or park", "zh": "政府部门或园区"},
    "role_services": {"en": "service provider", "zh": "服务机构"},
    "role_other": {"en": "other", "zh": "其他"},
    "language_en": {"en": "English", "zh": "英语"},
    "language_zh": {"en": "Chinese", "zh": "中文"},
    # what other opted-in delegates see of a profile
    "profile_heading": {
        "en": "👤 <b>{name}</b>, {organization}",
        "zh": "👤 <b>{name}</b>，{organization}",
    },
    "profile_heading_alone": {"en": "👤 <b>{name}</b>", "zh": "👤 <b>{name}</b>"},
    "profile_role": {"en": "Role: {role}", "zh": "身份：{role}"},
    "profile_sectors": {"en": "Sectors: {sectors}", "zh": "行业：{sectors}"},
    "profile_offer": {"en": "Offers: {text}", "zh": "提供：{text}"},
    "profile_seek": {"en": "Seeks: {text}", "zh": "寻求：{text}"},
    # the parts of a suggestion's one-line reason, joined by "; "
    "reason_seek_offer": {
        "en": "they offer what you seek: {items}",
        "zh": "对方提供您寻找的{items}",
    },
    "reason_offer_seek": {
        "en": "they seek what you offer: {items}",
        "zh": "对方寻找您提供的{items}",
    },
    "reason_roles": {
        "en": "your roles fit ({theirs} and {yours})",
        "zh": "双方身份互补（{theirs}与{yours}）",
    },
    "reason_sectors": {"en": "both in {sectors}", "zh": "同属{sectors}领域"},
    "reason_session": {"en": "both at the {session} on {day}", "zh": "都参加{day}的{session}"},
    "reason_language": {"en": "you both speak {languages}", "zh": "都会说{languages}"},
    "quoted": {"en": "“{text}”", "zh": "“{text}”"},
    # to every organizer when a delegate presses Report on a meeting request
    "report_notice": {
        "en": "⚠️ <b>A delegate was reported</b>\n"
        "{when}: <b>{reporter}</b> ({reporter_organization}) reported <b>{reported}</b> "
        "({reported_organization}), who had asked them for a meeting. The two are now "
        "blocked from each other: no suggestions or requests either way. /stats lists "
        "every report.",
        "zh": "⚠️ <b>有代表被举报</b>\n"
        "{when}，<b>{reporter}</b>（{reporter_organization}）举报了向其发出见面邀请的"
        "<b>{reported}</b>（{reported_organization}）。双方现已互相屏蔽，不会再互相推荐或发出邀请。"
        "发送 /stats 可查看全部举报。",
    },
}
