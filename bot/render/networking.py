"""Networking replies' pieces: role names, a delegate's public profile, and the one line
that says why a delegate is suggested. Every user value is escaped by `message`."""

from __future__ import annotations

from collections.abc import Iterable

from bot.matchmaking import Match, NetworkProfile, Reason, Role
from bot.program import Program
from bot.render.catalog import Markup, escape, message
from bot.render.pieces import format_day, short_title
from bot.search import Lang

MAX_REASONS = 3  # parts of the one-line reason: the strongest, the line stays short
MAX_ITEMS = 3  # sectors and words named in one part
_SEPARATOR: dict[Lang, str] = {"en": "; ", "zh": "；"}
_LIST: dict[Lang, str] = {"en": ", ", "zh": "、"}


def role_name(role: Role, lang: Lang) -> str:
    """The role inside a sentence: "your roles fit (investor or financial institution …)"."""
    return message(f"role_{role}", lang)


def role_label(role: Role, lang: Lang) -> str:
    """The role standing alone, as a label or a button: "Investor or financial institution"."""
    name = role_name(role, lang)
    return name[:1].upper() + name[1:]


def sector_names(sector_ids: Iterable[str], program: Program, lang: Lang) -> Markup:
    """The sectors' names, escaped and listed; ids the program no longer has are left out."""
    sectors = (program.sector(sector_id) for sector_id in sector_ids)
    return _listed([sector.named(lang) for sector in sectors if sector], (), lang)


def public_profile(profile: NetworkProfile, program: Program, lang: Lang) -> Markup:
    """What other opted-in delegates see: name, organization, role, sectors, offer and
    request; never a Telegram identity. Empty parts are left out."""
    if profile.organization:
        heading = message(
            "profile_heading", lang, name=profile.name, organization=profile.organization
        )
    else:
        heading = message("profile_heading_alone", lang, name=profile.name)
    lines = [heading, message("profile_role", lang, role=Markup(role_label(profile.role, lang)))]
    sectors = sector_names(profile.sectors, program, lang)
    if sectors:
        lines.append(message("profile_sectors", lang, sectors=sectors))
    if profile.offer:
        lines.append(message("profile_offer", lang, text=profile.offer))
    if profile.seek:
        lines.append(message("profile_seek", lang, text=profile.seek))
    return Markup("\n".join(lines))


def match_reason(match: Match, me: NetworkProfile, program: Program, lang: Lang) -> Markup:
    """Why `match` is suggested to `me`, in one line of its strongest reasons: "they offer
    what you seek: New materials; both at the … Matchmaking on Fri 27 Jul"."""
    said = [(r.kind, part) for r in match.reasons if (part := _reason(r, match, me, program, lang))]
    shown = said[:MAX_REASONS]
    session = next((part for kind, part in said if kind == "session"), None)
    if session and all(kind != "session" for kind, _ in shown):
        # where they can meet is worth more to the line than a weaker reason
        shown[-1] = ("session", session)
    return Markup(_SEPARATOR[lang].join(part for _, part in shown))


def _reason(reason: Reason, match: Match, me: NetworkProfile, program: Program, lang: Lang) -> str:
    """One reason in words; "" for one that cannot be said (its session was dropped)."""
    if reason.kind in ("seek_offer", "offer_seek"):
        sectors = [s.named(lang) for s in map(program.sector, reason.sectors) if s]
        items = _listed(sectors, reason.words, lang)
        return message(f"reason_{reason.kind}", lang, items=items) if items else ""
    if reason.kind == "roles":
        theirs, yours = role_name(match.profile.role, lang), role_name(me.role, lang)
        return message("reason_roles", lang, theirs=Markup(theirs), yours=Markup(yours))
    if reason.kind == "sectors":
        sectors = sector_names(reason.sectors, program, lang)
        return message("reason_sectors", lang, sectors=sectors) if sectors else ""
    if reason.kind == "session":
        session = program.session(reason.session_id or "")
        if session is None:
            return ""
        day = format_day(session.day, lang)
        return message("reason_session", lang, session=short_title(session, lang), day=day)
    languages = _LIST[lang].join(message(f"language_{code}", lang) for code in reason.languages)
    return message("reason_language", lang, languages=Markup(languages)) if languages else ""


def _listed(names: Iterable[str], words: Iterable[str], lang: Lang) -> Markup:
    """Names as they are, a delegate's own words in quotes; at most MAX_ITEMS, escaped."""
    items = [escape(name) for name in names]
    items += [message("quoted", lang, text=word) for word in words]
    return Markup(_LIST[lang].join(items[:MAX_ITEMS]))
