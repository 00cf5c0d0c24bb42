#!/usr/bin/env python3
"""Builds the tagger's actor dictionary (actors.tsv) from the curated layer and Phoenix.

Usage (from the project root):
    python3 tools/actors/build_actors.py \
        --curated tools/actors/curated_actors.tsv \
        --phoenix ../shared/data/phoenix \
        --countryinfo ../shared/data/countryinfo/CountryInfo.120116.txt \
        --words /usr/share/dict/american-english \
        --out tagger/src/main/resources/io/newswire/tagger/actors.tsv

Inputs:
- the curated layer (written for Newswire): hand-checked people and organisations with a
  readable role, up to 2025/2026, in the columns of the output plus TABARI role codes;
- the Phoenix actor dictionaries (Open Event Data Alliance, MIT): Phoenix.Countries,
  Phoenix.International and Phoenix.MilNonState, in TABARI format (NAME_ lines, +ALIAS lines,
  [CODE dates] lines, # comments). Country entries (their aliases are places) and the agents
  file (generic nouns) are not read;
- CountryInfo, only for the ISO 3166 alpha-3 to alpha-2 table;
- an English word list (optional), to drop person names made of common words only.

Precision rules: a Phoenix name is kept only with two or more words (a bare surname or a
one-word alias such as "SUBROTO_" would turn every such word into an actor); a name that two
different actors claim is dropped from both unless the curated layer owns it; an actor left
with no name is dropped. A Phoenix actor sharing a full name with a curated one is merged into
it (the curated id, name and role win; Phoenix adds aliases and dated roles).

Output columns (tab separated): id, name, type, role (curated actors only: the tagger reports a
title written in the story, else the latest dated role), country (curated, else the country of
the latest dated role that has one), aliases (|), dated roles (|, each code,country,sector,from,to
with ISO dates, empty = open or unknown), sources. Needs only Python 3.
"""
import argparse
import datetime
import os
import re
import unicodedata

# CAMEO sector codes (the three letters after the country), as readable words.
SECTORS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition",
    "PTY": "political party", "COP": "police", "JUD": "judiciary", "SPY": "intelligence",
    "LEG": "legislature", "ELI": "elite", "MED": "media", "EDU": "education", "BUS": "business",
    "CRM": "criminal", "CVL": "civilian", "LAB": "labour", "HLH": "health", "REF": "refugees",
    "AGR": "agriculture", "DEV": "development", "ENV": "environment", "HRI": "human rights",
    "REL": "religious", "UNR": "unrecognised government", "MOD": "moderate", "RAD": "radical",
    "INS": "insurgents", "SEP": "separatists", "UAF": "armed forces", "SET": "settlers",
    "IGO": "intergovernmental organisation", "NGO": "non-governmental organisation",
    "MNC": "company", "IMG": "armed group", "NGM": "movement", "PRI": "private",
    "MUS": "Muslim", "CHR": "Christian", "JEW": "Jewish", "HIN": "Hindu", "BUD": "Buddhist",
    "CTH": "Catholic", "SHI": "Shia", "SUN": "Sunni",
}
# CountryInfo.120116 pairs some codes with a wrong alpha-2 (checked against the JDK's ISO
# table); Phoenix also uses a few CAMEO codes that are not ISO.
ISO_CORRECTIONS = {"GIN": "GN", "GTM": "GT", "ISR": "IL", "MMR": "MM", "KSV": "XK", "JPN": "JP", "COK": "CK",
                   "SRB": "RS", "MNE": "ME", "PSE": "PS", "ROM": "RO", "ZAR": "CD", "TMP": "TL"}
# Organisation codes after IGO/NGO (a few of the most frequent), for a readable role.
ORGANISATIONS = {
    "UNO": "UN", "NAT": "NATO", "EEC": "EU", "EUR": "EU", "OPC": "OPEC", "WBK": "World Bank",
    "IMF": "IMF", "ARL": "Arab League", "AFU": "African Union", "ASN": "ASEAN", "WTO": "WTO",
    "IAE": "IAEA", "WHO": "WHO", "ICC": "ICC", "OAS": "OAS", "OSC": "OSCE", "GCC": "GCC",
    "OIC": "OIC", "CWN": "Commonwealth", "ECW": "ECOWAS", "ICR": "Red Cross", "AMN": "Amnesty",
    "HRW": "Human Rights Watch", "MSF": "MSF",
}
# Transnational first codes: no country in the first three letters.
TRANSNATIONAL = {"IGO", "NGO", "MNC", "IMG", "NGM", "INT", "MEA", "AFR", "EUR", "ASA", "SEA",
                 "LAM", "WST", "CAS", "SAS", "NAF", "WAF", "EAF", "SAF", "CAF", "BLK", "BFR"}
ORG_WORDS = {
    "ARMY", "PARTY", "FORCES", "FORCE", "COUNCIL", "CONGRESS", "MINISTRY", "COMMITTEE", "FRONT",
    "ORGANIZATION", "ORGANISATION", "MOVEMENT", "UNION", "ASSOCIATION", "BANK", "AGENCY",
    "COMMISSION", "COURT", "ASSEMBLY", "GOVERNMENT", "ADMINISTRATION", "POLICE", "COMPANY", "INC",
    "INC.", "CORP", "CORP.", "CORPORATION", "LTD", "LTD.", "GROUP", "BRIGADE", "BRIGADES", "INSTITUTE",
    "UNIVERSITY", "FUND", "PROGRAM", "PROGRAMME", "NETWORK", "FOUNDATION", "SOCIETY", "LEAGUE",
    "ALLIANCE", "CENTER", "CENTRE", "OFFICE", "DEPARTMENT", "BUREAU", "SERVICE", "SERVICES",
    "AUTHORITY", "COALITION", "FEDERATION", "TRUST", "INTERNATIONAL", "NATIONAL", "WATCH",
    "NEWS", "TIMES", "POST", "PRESS", "RADIO", "TELEVISION", "TV", "AIRLINES", "AIRWAYS", "GROUPS",
    "BOARD", "MISSION", "CORPS", "GUARD", "GUARDS", "MILITIA", "MILITIAS", "CELLS", "CELL",
    "NUCLEI", "BATTALION", "COMMAND", "UNIT", "UNITS", "STATE", "ISLAMIC", "REVOLUTIONARY",
    "LIBERATION", "RESISTANCE", "JIHAD", "HOLDINGS", "INDUSTRIES", "ENERGY", "OIL", "GAS", "MOTORS",
    "PETROLEUM", "SYSTEMS", "TECHNOLOGIES", "COMMUNICATIONS", "INSURANCE", "FINANCIAL", "CAPITAL",
    "PARTNERS", "LABORATORIES", "PHARMACEUTICALS", "CHEMICAL", "CHEMICALS", "STEEL", "AEROSPACE",
    "ELECTRIC", "TRIBUNAL", "PANEL", "PARLIAMENT", "SENATE", "CABINET", "REGIME", "JUNTA", "CLUB",
    "INITIATIVE", "PROJECT", "CAMPAIGN", "FACTION", "BLOC", "COMMUNITY", "CONFERENCE",
    "MILITARY", "NAVY", "AIR", "MARINES", "TEAM", "OPPOSITION", "REBELS", "INSURGENTS", "MILITANTS",
    "PEOPLE", "PEOPLES", "PEOPLE'S", "REPUBLIC", "KINGDOM", "DEMOCRATIC", "SOCIALIST", "COMMUNIST",
    "ISLAMIST", "WORKERS", "STUDENTS", "OFFICIALS", "GOVERNMENT'S", "MINISTRY'S", "DIVISION",
    "ACADEMY", "SCHOOL", "HOSPITAL", "CHURCH", "COUNCILS", "COMMITTEES", "FORUM", "DIRECTORATE",
}
# Words that make an entry a role or a group of people, not one actor ("UN_SECRETARY_GENERAL").
GENERIC_WORDS = {
    "SECRETARY", "SECRETARY-GENERAL", "MINISTER", "PRESIDENT", "CHIEF", "SPOKESMAN", "SPOKESWOMAN",
    "PEACEKEEPER", "PEACEKEEPERS", "OFFICIAL", "OFFICIALS", "DELEGATION", "CONTINGENT", "TROOPS",
    "SOLDIERS", "FORMER", "LEADER", "LEADERS", "MEMBERS", "ENVOY", "AMBASSADOR", "GOVERNOR",
    "DIRECTOR", "CHAIRMAN", "HEAD", "COMMANDER", "REPRESENTATIVE", "DEPUTY", "KING", "QUEEN",
    "PRINCE", "SHEIKH", "SHAIKH", "EMIR", "SULTAN", "GENERAL", "GEN.", "GOV.", "SEN.", "SENATOR",
    "MR.", "MRS.", "DR.", "PRIME", "PREMIER", "VICE", "ADMINISTRATION", "REGIME", "ELECT",
    "PRESIDENT-ELECT", "FIRST", "LADY", "COL.", "COLONEL", "MAJOR", "CAPTAIN", "LT.", "JUDGE",
    "JUSTICE", "MAYOR", "CHANCELLOR", "POPE", "CARDINAL", "BISHOP", "ARCHBISHOP", "AYATOLLAH",
    "MULLAH", "IMAM", "REP.", "CONGRESSMAN", "FIELD", "MARSHAL", "ADMIRAL", "SIR", "LORD",
    "MR", "MRS", "MS", "MS.", "DR", "GOV", "SEN", "GEN", "COL", "LT", "REP", "PRES.", "PRES",
}
# Words naming one office: an entry holding one is a role, not an organisation.
OFFICE_WORDS = {
    "SECRETARY", "SECRETARY-GENERAL", "MINISTER", "PRESIDENT", "SPOKESMAN", "SPOKESWOMAN",
    "SPOKESPERSON", "CHIEF", "LEADER", "AMBASSADOR", "ENVOY", "GOVERNOR", "CHAIRMAN", "DIRECTOR",
    "COMMANDER", "KING", "QUEEN", "PRINCE", "EMIR", "SULTAN", "PREMIER", "CHANCELLOR", "MAYOR",
}
# Fillers that are no place name: a title alias holding a place would hide it from the tagger.
OFFICE_FILLERS = {"OF", "THE", "FOR", "STATE", "DEFENSE", "DEFENCE", "FOREIGN", "AFFAIRS", "TREASURY",
                  "GENERAL", "INTERIOR", "FINANCE", "TRADE", "AGRICULTURE", "COMMERCE", "ENERGY",
                  "ATTORNEY", "SECURITY", "NATIONAL", "ADVISER", "AND"}
# Honorifics: "MR_OBAMA" says a person, not which one.
HONORIFICS = {"MR", "MRS", "MS", "DR", "SIR", "LADY", "LORD"}
# Words that continue a title before the name: "SECRETARY_OF_STATE_JAMES_BAKER".
TITLE_FILLERS = {
    "OF", "THE", "FOR", "STATE", "DEFENSE", "DEFENCE", "FOREIGN", "AFFAIRS", "TREASURY", "UN",
    "U.N.", "UNITED", "NATIONS", "US", "U.S.", "AMERICAN", "BRITISH", "RUSSIAN", "SOVIET",
    "GENERAL", "INTERIOR", "FINANCE", "TRADE", "AGRICULTURE", "COMMERCE", "ENERGY", "HOME",
    "ATTORNEY", "EXTERNAL", "SECURITY", "NATIONAL", "ADVISER", "ADVISOR", "AND", "&",
}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "do", "dos", "das", "di", "du", "del",
             "della", "van", "von", "der", "den", "la", "le", "of", "the", "and", "y", "ul", "ud"}
TITLE_WORDS = {w.lower() for w in GENERIC_WORDS}
SUFFIXES = {"JR", "JR.", "SR", "SR.", "II", "III", "IV", "3D"}
# The Phoenix dictionaries' snapshot: the latest date written in any of the three files read
# (Phoenix.Countries says "generated 2014-01-30" from CountryInfo.140130 but holds edits up to
# this day). An open end there means "still held when the dictionary was last edited", not
# "still held now": Phoenix open ends are capped at this day.
PHOENIX_SNAPSHOT = "2015-02-17"
# Words of a curated role text naming an organisation, by the organisation's CAMEO code.
ORG_TEXT = {
    "UNO": ("UN", "United Nations", "UNRWA", "WHO", "IAEA", "UNICEF"), "NAT": ("NATO",),
    "EUR": ("EU", "European", "ECB"), "EEC": ("EU", "European"), "IMF": ("IMF",),
    "WBK": ("World Bank",), "WTO": ("WTO",), "AFU": ("African Union",), "ICC": ("ICC",),
    "IAE": ("IAEA",),
}
# Named by a national office's text only as its place of work ("Ambassador to the United Nations").
ALL_ORG_TEXT = {w for words in ORG_TEXT.values() for w in words} - {"European", "UN", "United Nations"}
CODE = re.compile(r"\[([^\]]*)\]")
DATE = re.compile(r"^([<>]?)\s*(\d{6}|\d{8})?\s*(?:-\s*(\d{6}|\d{8})?)?$")


def iso_table(countryinfo):
    """CAMEO country code (CountryInfo's CountryCode, which Phoenix uses) -> ISO alpha-2; the
    ISO alpha-3 code too, where it differs."""
    table, codes, a2 = {}, [], None
    with open(countryinfo, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if line == "<Country>":
                codes, a2 = [], None
            m = re.match(r"<(CountryCode|ISO3166-alpha3)>(\w\w\w)</", line)
            if m:
                codes.append(m.group(2))
            m = re.match(r"<ISO3166-alpha2>(\w\w)</", line)
            if m:
                a2 = m.group(1)
            if line == "</Country>" and a2:
                for code in codes:
                    table.setdefault(code, a2)
    table.update(ISO_CORRECTIONS)
    return table


def parse_date(raw):
    """YYYYMMDD or YYMMDD (00-20 -> 20xx) as an ISO date; None when malformed."""
    if raw is None:
        return None
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = ("20" if yy <= 20 else "19") + raw
    try:
        return datetime.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])).isoformat()
    except ValueError:
        return None


def decode(code, iso):
    """A CAMEO code as (country alpha-2 or '', readable sector or ''): USAGOVBUS -> (US, government (business))."""
    code = code.strip().upper()
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = ""
    if chunks and chunks[0] in iso:
        country = iso[chunks[0]]
        chunks = chunks[1:]
    elif chunks and chunks[0] in TRANSNATIONAL:
        if len(chunks) > 1 and chunks[1] in iso and chunks[1] not in SECTORS:
            country = iso[chunks[1]]
            chunks = [chunks[0]] + chunks[2:]
    elif chunks and chunks[0] not in SECTORS:
        chunks = chunks[1:]  # a region or former state (USR, YUG): no ISO country
    words = [SECTORS[c] for c in chunks if c in SECTORS]
    words += [ORGANISATIONS[c] for c in chunks[1:] if c in ORGANISATIONS and c not in SECTORS]
    if not words:
        return country, ""
    words = list(dict.fromkeys(words))
    sector = words[0] + (" (" + "/".join(words[1:]) + ")" if len(words) > 1 else "")
    return country, sector


def parse_role(body, iso):
    """ "USAGOV 810120-890120" -> (code, country, sector, from, to); None for "---" or junk."""
    parts = body.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code = parts[0]
    start = end = None
    if len(parts) > 1:
        m = DATE.match(parts[1].strip())
        if m:
            mark, a, b = m.groups()
            if mark == ">":
                start = parse_date(a)
            elif mark == "<":
                end = parse_date(a)
            else:
                start, end = parse_date(a), parse_date(b)
    country, sector = decode(code, iso)
    return code, country, sector, start, end


def clean_raw(raw):
    """Name words of a TABARI name: no parentheses, no backquote (ayn), no leading "THE"."""
    raw = raw.replace("`", "").replace("’", "'").strip()
    raw = re.sub(r"\([^)]*\)", "", raw)
    raw = raw.replace(" ", "_")
    words = [w for w in raw.strip("_").split("_") if w]
    return words[1:] if len(words) > 1 and words[0].upper() == "THE" else words


def words_to_name(words):
    """["RONALD", "REAGAN"] -> "Ronald Reagan"; particles and titles lower-case (lower case in
    the dictionary matches either case in text)."""
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in PARTICLES or (lw.rstrip(".") in TITLE_WORDS or lw in TITLE_WORDS):
            out.append(lw)
        elif re.fullmatch(r"[A-Z]{2,5}", w) and not re.search(r"[AEIOUY]", w):
            out.append(w)  # an acronym inside a name ("BBC") stays as written
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    name = " ".join(out)
    return name[:1].upper() + name[1:] if out and out[0] in TITLE_WORDS else name


class Block:
    def __init__(self, source, header, codes_text):
        self.source = source
        self.header = header
        self.aliases = []
        self.roles = []
        self.codes_text = codes_text


def read_tabari(path):
    """Yields Blocks: a name line, its +aliases and its [code] lines."""
    block = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            if line[0] in " \t" or body.lstrip().startswith("["):
                if block:
                    block.roles.extend(CODE.findall(body))
            elif line.startswith("+"):
                if block:
                    block.aliases.append(body[1:].split("[", 1)[0])
                    block.roles.extend(CODE.findall(body))
            else:
                if block:
                    yield block
                block = Block(os.path.basename(path), body.split("[", 1)[0].split("\t", 1)[0],
                              CODE.findall(body))
                block.roles.extend(block.codes_text)
                block.comment = line.split("#", 1)[1] if "#" in line else ""
    if block:
        yield block


def is_place_block(block, iso):
    """A country entry (its aliases are capitals and provinces): a code that is a country only."""
    for body in block.roles:
        code = body.split()[0] if body.split() else ""
        if code and code[:3] in iso and not decode(code, iso)[1]:
            return True
    return False


def classify(block, words):
    upper = {w.upper() for w in words}
    if upper & ORG_WORDS or any(c.split()[0].startswith("MNC") for c in block.roles if c.split()) \
            and "spokes" not in block.comment.lower():
        return "organization"
    return "person"


def split_title(words):
    """ "SECRETARY_OF_STATE_JAMES_BAKER_III" -> (["SECRETARY", "OF", "STATE"], ["JAMES", "BAKER"]):
    the words up to the last title word (and the fillers after it) apart, trailing suffixes
    ("III", "JR") dropped. At least one word stays in the name."""
    i = 0
    for j in range(len(words) - 1):
        if words[j].upper() in GENERIC_WORDS:
            i = j + 1
    while 0 < i < len(words) - 1 and words[i].upper() in TITLE_FILLERS:
        i += 1
    title, words = words[:i], words[i:]
    while len(words) > 2 and words[-1].upper() in SUFFIXES:
        words = words[:-1]
    return title, words


def plain_title(title):
    """A title of office words only: "PRESIDENT", "SECRETARY_OF_STATE", not "GERMAN_CHANCELLOR"
    (the alias would swallow the demonym, a place) nor "MR" (says a person, not which one)."""
    return title[-1].upper().rstrip(".") not in HONORIFICS and all(
        w.upper() in GENERIC_WORDS or w.upper() in OFFICE_FILLERS for w in title)


def strip_titles(words):
    return split_title(words)[1]


def without_initials(words):
    """ "CLAYTON_K._YEUTTER" -> "CLAYTON_YEUTTER": text rarely writes the middle initial."""
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and re.fullmatch(r"[A-Z]\.", w))]
    return kept if len(kept) >= 2 and kept != words else None


def phoenix_actors(paths, iso, common, common_names=frozenset()):
    actors = []
    for path in paths:
        for block in read_tabari(path):
            header = clean_raw(block.header)
            if not header or is_place_block(block, iso):
                continue
            type_ = classify(block, header)
            main = strip_titles(header) if type_ == "person" else header
            if type_ == "person" and (len(main) < 2 or any(w.upper() in GENERIC_WORDS for w in main)):
                continue  # a role ("UN_SECRETARY_GENERAL") or a single word
            if type_ == "organization" and any(w.upper() in OFFICE_WORDS for w in header):
                continue  # an office ("US_SECRETARY_OF_STATE"), not an organisation
            names = [words_to_name(main)]
            variant = without_initials(main) if type_ == "person" else None
            if variant:  # the canonical name is the usual news form, "Clayton Yeutter"
                names.insert(0, words_to_name(variant))
            for alias in block.aliases:
                words = clean_raw(alias)
                if type_ != "person":
                    if len(words) >= 2:
                        names.append(words_to_name(words))
                    continue
                title, rest = split_title(words)
                short = without_initials(rest)
                for form in (rest, short):
                    if form and len(form) >= 2:
                        names.append(words_to_name(form))
                if title and len(rest) == 1 and plain_title(title):
                    # "PRESIDENT_REAGAN": the title is kept apart, the mention is the surname
                    names.append("{" + words_to_name(title).lower() + "} " + words_to_name(rest))
            if type_ == "person":
                surname = names[0].split()[-1].lower()
                names = [n for n in names if surname in n.lower().split()]  # not "U.S. Military"
            names = [n for n in dedupe(names) if keep_name(n, type_, common, common_names)]
            if not names:
                continue
            roles = [r for r in (parse_role(b, iso) for b in block.roles) if r]
            actors.append({"name": names[0], "type": type_, "names": names, "roles": roles,
                           "sources": ["phoenix"], "role": None, "country": None})
    return actors


def dedupe(names):
    """Drops repeats that differ only in case; the first spelling stays."""
    seen, out = set(), []
    for n in names:
        if n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out


def keep_name(name, type_, common, common_names=frozenset()):
    words = name.split()
    if len(words) < 2 and not name.startswith("{"):
        return False
    if type_ == "person" and common and all(w.lower() in common for w in words):
        return False  # "Will Power", "Grant Park": common words only
    if type_ == "person" and len(words) == 2 and all(w.lower() in common_names for w in words):
        return False  # "David Lee", "Mohamed Ahmed": a namesake is likelier than the official
    return True


def read_common_names(path):
    """The common given names and surnames list (one a line, # comments), lower case."""
    with open(path, encoding="utf-8") as f:
        return frozenset(w.strip().lower() for w in (line.split("#", 1)[0] for line in f) if w.strip())


def read_curated(path, iso):
    actors = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            f_ = line.rstrip("\n").split("\t")
            f_ += [""] * (7 - len(f_))
            aliases = [a.strip() for a in f_[5].split("|") if a.strip()]
            roles = [r for r in (parse_role(b, iso) for b in CODE.findall(f_[6])) if r]
            actors.append({"id": f_[0], "name": f_[1], "type": f_[2], "role": f_[3] or None,
                           "country": f_[4] or None, "names": [f_[1]] + aliases, "roles": roles,
                           "own_roles": list(roles), "sources": ["curated"]})
    return actors


def merge(curated, phoenix):
    """Merges Phoenix actors into curated ones sharing a full name, and Phoenix actors with the
    same canonical name and country into one; then drops names claimed by two actors."""
    by_name = {}
    merged = []
    for actor in curated:
        merged.append(actor)
        for n in actor["names"]:
            if " " in n:
                by_name.setdefault(("curated", n.lower()), actor)
    for actor in phoenix:
        country = main_country(actor)
        target = by_name.get(("curated", actor["name"].lower()))
        if target is None:
            target = by_name.get(("phoenix", actor["name"].lower(), country))
        if target is None:
            actor["roles"] = [capped(r) for r in actor["roles"]]
            merged.append(actor)
            by_name[("phoenix", actor["name"].lower(), country)] = actor
            continue
        if target["type"] != actor["type"]:
            continue
        target["names"] = dedupe(target["names"] + actor["names"])
        target["roles"].extend(r for r in phoenix_roles_for(target, actor["roles"]) if r not in target["roles"])
        if "phoenix" not in target["sources"]:
            target["sources"].append("phoenix")
    return drop_ambiguous(merged)


def capped(role):
    """A Phoenix role with an open end ends at the snapshot: nothing is known after it."""
    return role if role[4] else role[:4] + (PHOENIX_SNAPSHOT,)


def overlaps(a, b):
    return (a[3] or "0000-00-00") <= (b[4] or "9999-12-31") and (b[3] or "0000-00-00") <= (a[4] or "9999-12-31")


def phoenix_roles_for(target, roles):
    """Phoenix roles merged into an actor. A curated actor with its own dated roles keeps them
    as the truth: Phoenix roles that overlap them or are open (the Phoenix snapshot's "still
    held") are dropped, the older ones kept. Otherwise open ends are capped at the snapshot."""
    own = target.get("own_roles")
    if not own:
        return [capped(r) for r in roles]
    return [r for r in roles if r[4] and not any(overlaps(r, o) for o in own)]


def drop_ambiguous(actors):
    owners = {}
    for i, actor in enumerate(actors):
        for n in actor["names"]:
            owners.setdefault(n.lower(), set()).add(i)
    kept = []
    for i, actor in enumerate(actors):
        curated = "curated" in actor["sources"]
        names = [n for n in actor["names"] if len(owners[n.lower()]) == 1
                 or (curated and not any("curated" in actors[j]["sources"] for j in owners[n.lower()] if j != i))]
        if names and (curated or names[0] == actor["name"]):
            actor["names"] = names  # a Phoenix actor whose own name is ambiguous goes
            kept.append(actor)
    return kept


def main_country(actor):
    for r in sorted(actor["roles"], key=role_order, reverse=True):
        if r[1]:
            return r[1]
    return None


def role_order(role):
    """Latest first: by end (open = now), then start."""
    code, country, sector, start, end = role
    return (end or "9999-12-31", start or "0000-00-00")


DEFENCE_OFFICE = re.compile(r"\bdefen[cs]e (minister|secretary)\b", re.IGNORECASE)


def role_text_problems(actor, iso):
    """Why a curated role text contradicts the actor's own dated offices (elite status aside),
    or []. The text describes the latest office: an open one (by start; an undated one counts
    as open and oldest), else the one ended last. Checked: "former "/"late " exactly when every
    office has ended; an organisation's office names that organisation, a national office names
    none and matches the country column; "defence minister/secretary" exactly when the office
    is a ministry of defence (GOV...MIL)."""
    offices = [r for r in actor["own_roles"] if r[2] and r[2] != "elite"]
    text = actor["role"]
    if not offices or not text:
        return []
    open_ = [r for r in offices if not r[4]]
    latest = max(open_, key=lambda r: r[3] or "") if open_ else max(offices, key=lambda r: r[4])
    problems = []
    ended = text.startswith(("former ", "late "))
    if not open_ and not ended:
        problems.append(f"every office ended ({latest[4]}): the text should say 'former'")
    if open_ and ended:
        problems.append("an office is still held: the text should not say 'former'")
    code = latest[0]
    words = set(re.findall(r"[A-Za-z]+", text))
    if code.startswith("IGO"):
        orgs = [code[i:i + 3] for i in range(3, len(code), 3)]
        names = [w for o in orgs for w in ORG_TEXT.get(o, ())]
        if names and not any(n in text for n in names):
            problems.append(f"latest office {code} but the text names none of {names}")
    else:
        named = sorted(w for w in ALL_ORG_TEXT if (w in words if " " not in w else w in text))
        if named:
            problems.append(f"latest office {code} is national but the text names {named}")
        if latest[1] and latest[1] != actor["country"]:
            problems.append(f"latest office {code} is in {latest[1]}, country column {actor['country']}")
        if bool(DEFENCE_OFFICE.search(text)) != (code[3:].startswith("GOV") and "MIL" in code[6:]):
            problems.append(f"latest office {code}: 'defence minister' in the text disagrees")
    return problems


def check_curated_roles(curated, iso):
    problems = [f"{a['id']} ({a['role']}): {p}" for a in curated for p in role_text_problems(a, iso)]
    if problems:
        raise SystemExit("curated role texts contradict their dated roles:\n  " + "\n  ".join(problems))


def slug(name):
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--curated", required=True)
    ap.add_argument("--phoenix", required=True, help="folder with the Phoenix *.actors.txt files")
    ap.add_argument("--countryinfo", required=True)
    ap.add_argument("--words", help="English word list (optional common-word filter)")
    ap.add_argument("--common-names", default=os.path.join(os.path.dirname(__file__), "common_names.txt"),
                    help="common given names and surnames (default: common_names.txt beside this script)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    iso = iso_table(args.countryinfo)
    common = set()
    if args.words:
        with open(args.words, encoding="utf-8") as f:
            common = {w.strip() for w in f if w.strip().isalpha() and w.strip().islower()}
    files = [os.path.join(args.phoenix, f"Phoenix.{n}.actors.txt")
             for n in ("Countries", "International", "MilNonState")]
    curated = read_curated(args.curated, iso)
    check_curated_roles(curated, iso)
    actors = merge(curated, phoenix_actors(files, iso, common, read_common_names(args.common_names)))
    ids = set()
    rows = []
    for actor in actors:
        if "id" not in actor:
            actor["country"] = main_country(actor)
            base = slug(actor["name"])
            actor["id"] = base if base not in ids else f"{base}-{(actor['country'] or 'x').lower()}"
            n = 2
            while actor["id"] in ids:
                actor["id"], n = f"{base}-{n}", n + 1
        ids.add(actor["id"])
        aliases = [n for n in actor["names"] if n != actor["name"]]
        roles = "|".join(",".join(x or "" for x in r) for r in actor["roles"])
        rows.append("\t".join([actor["id"], actor["name"], actor["type"], actor["role"] or "",
                               actor["country"] or "", "|".join(aliases), roles,
                               ",".join(actor["sources"])]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/actors/build_actors.py; do not edit (see SOURCES.md).\n")
        f.write("# id\tname\ttype\trole\tcountry\taliases\tdated roles (code,country,sector,from,to)\tsources\n")
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows)} actors written to {args.out}")


if __name__ == "__main__":
    main()
