"""Turns answers, sessions and events into replies, in English or Chinese.

Every user-visible string lives in `catalog.MESSAGES` with both languages side by side;
every value from data or from a user goes through `catalog.escape`. The modules:
catalog (strings), pieces (shared parts), answers (questions and browsing), signups
(sign-ups, agenda, reminders, digest), organizer (announcements, changes, numbers).
"""

from bot.render.answers import (
    Personal,
    faq_reply,
    list_reply,
    list_scope,
    render_answer,
    venue_list,
    venue_reply,
    with_length_note,
    with_reason,
)
from bot.render.catalog import MESSAGES, Markup, escape, message
from bot.render.help import help_reply
from bot.render.organizer import (
    announcement_reply,
    attendees_reply,
    broadcast_preview,
    broadcast_report_reply,
    broadcasts_reply,
    news_reply,
    program_change_reply,
    reload_preview_reply,
    stats_reply,
)
from bot.render.pieces import (
    MAX_LISTED,
    address,
    agenda,
    city_name,
    format_day,
    format_hours,
    session_button,
    session_card,
    session_keyboard,
    session_label,
    title,
    venue,
)
from bot.render.signups import (
    agenda_reply,
    cancel_reply,
    digest_reply,
    forget_question,
    give_up_question,
    profile_reply,
    promoted_reply,
    reminder_reply,
    reminder_settings,
    signup_card,
    signup_reply,
)

__all__ = [
    "MAX_LISTED",
    "MESSAGES",
    "Markup",
    "Personal",
    "address",
    "agenda",
    "agenda_reply",
    "announcement_reply",
    "attendees_reply",
    "broadcast_preview",
    "broadcast_report_reply",
    "broadcasts_reply",
    "cancel_reply",
    "city_name",
    "digest_reply",
    "escape",
    "faq_reply",
    "forget_question",
    "format_day",
    "format_hours",
    "give_up_question",
    "help_reply",
    "list_reply",
    "list_scope",
    "message",
    "news_reply",
    "profile_reply",
    "program_change_reply",
    "promoted_reply",
    "reload_preview_reply",
    "reminder_reply",
    "reminder_settings",
    "render_answer",
    "session_button",
    "session_card",
    "session_keyboard",
    "session_label",
    "signup_card",
    "signup_reply",
    "stats_reply",
    "title",
    "venue",
    "venue_list",
    "venue_reply",
    "with_length_note",
    "with_reason",
]
