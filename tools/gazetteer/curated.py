"""Hand-curated additions to the public sources: news spellings, region membership, stop lists."""

CITY_MIN_POPULATION = 100_000
# Towns below this are "minor": a place only when the story names their country otherwise.
MINOR_CITY_POPULATION = 150_000
# A city named like a lower-case English word ("Cairns", "Man") is "minor" below this size.
COMMON_WORD_MIN_POPULATION = 1_000_000
# Readings kept per city name, largest population first ("London": GB, then CA); readings after
# the first may be smaller towns ("Paris" in Texas), down to ALT_READING_MIN_POPULATION.
MAX_READINGS = 3
ALT_READING_MIN_POPULATION = 1_000

# Words that follow a first-level region's name ("Idlib Governorate", "Rapides Parish"); the
# gazetteer keeps the bare name and the tagger reads a following suffix word as part of it.
ADMIN_SUFFIXES = {
    "province", "governorate", "region", "prefecture", "oblast", "parish", "county", "district",
    "department", "municipality", "state", "voivodeship", "canton", "krai", "kraj", "territory",
    "division", "emirate",
}

# Frequent news spellings the sources lack (or spell differently).
COUNTRY_EXTRA_NAMES = {
    "US": ["US", "U.S.", "U.S.A.", "USA", "United States", "America"],
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom", "England", "Scotland",
           "Wales", "Northern Ireland"],
    "RU": ["Russia", "Soviet Union", "USSR", "U.S.S.R."],
    "LA": ["Laos"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea"],
    "CI": ["Ivory Coast"],
    "CD": ["Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "MM": ["Myanmar", "Burma"],
    "CZ": ["Czech Republic", "Czechia", "Czechoslovakia"],
    "TR": ["Turkey", "Republic of Turkey"],
    "DE": ["West Germany", "East Germany"],
    "RS": ["Yugoslavia"],
    "ZW": ["Rhodesia"],
    "BA": ["Bosnia", "Herzegovina"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "NL": ["Holland", "the Netherlands"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories", "Gaza", "Gaza Strip", "West Bank"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"],
    "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde"],
    "TW": ["Taiwan"],
    "VN": ["Vietnam", "Viet Nam"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
}

# Demonyms and names shared by several countries: which reading news means by default.
PREFERRED = {
    "Korean": "KR", "Koreans": "KR", "Korea": "KR", "Congolese": "CD", "Dominican": "DO",
    "Dominicans": "DO", "Sudanese": "SD", "Guinean": "GN", "Guineans": "GN", "Irish": "IE",
    "American": "US", "Americans": "US", "British": "GB", "Samoan": "WS", "Chinese": "CN",
    "French": "FR", "Danish": "DK", "Dutch": "NL", "Norwegian": "NO", "Australian": "AU",
    "Cypriot": "CY", "Macedonian": "MK", "Congo": "CD", "Georgia": "GE", "Burma": "MM",
}

# Places that are also common given names or surnames: blocked in person-name context.
PERSON_LIKE = {
    "Jordan", "Georgia", "Chad", "Paris", "Sofia", "Victoria", "Charlotte", "Austin", "Houston",
    "Kingston", "Lima", "Columbus", "Florence", "Sydney", "Israel", "Santiago", "Salvador",
    "Jackson", "Denver", "Lincoln", "Washington", "Cleveland", "Madison", "Hamilton", "Regina",
    "Adelaide", "Alexandria", "Beira", "Diana", "Douglas", "Phoenix", "Dallas", "Hilton",
    "Kerry", "Montgomery", "Raleigh", "Tyler", "Wellington", "Kuwait", "Lawrence", "Salem",
    "Hamilton", "Providence", "Richmond", "Charleston", "Nelson",
}

# Source names that are common English words, person names, organisations or too short.
STOP_NAMES = {
    "Male", "Nice", "Split", "Bath", "Reading", "Mobile", "Orange", "Cork", "Mosquito", "Of",
    "Man", "Chester", "Sale", "Deal", "March", "May", "Bar", "Most", "Borne", "Bury", "Wells",
    "Ur", "Douglas", "Dane", "Mann", "Stanley", "Victoria", "Union", "Republic", "Federation", "Kingdom", "Islands", "Island", "State", "States",
    "Rot", "Pest", "Same", "Vientiane Capital", "Hong", "Kong", "Independent",
    "Bahamian", "Mahoran", "Reuters", "Pentagon", "Aden", "Dubai City", "Nur", "Ali", "Nima",
    "Pune", "City", "Capital", "Indian", "Indians", "Bengal", "Gal", "Ville", "Central",
    "Eastern", "Western", "Northern", "Southern", "North", "South", "East", "West", "Sun",
    "Mali Ba", "Tu", "Long", "Ha", "Kiev City", "Kota", "Van", "Batman", "Medina", "Mecca",
    "Surat", "Patna", "Hue", "Ve", "Bo", "Be", "Oman City", "Ghazi", "Sour", "Tyre",
}
STOP_NAMES -= {"Indian", "Indians", "Medina", "Mecca", "Surat", "Patna", "Hue", "Aden"}
STOP_NAMES -= {"Pune"}

# Cities in the news too small for the population cut (conflict zones, datelines).
EXTRA_CITIES = {
    "SY": ["Aleppo", "Homs", "Hama", "Idlib", "Raqqa", "Raqqah", "Deir ez-Zor", "Deir al-Zor",
           "Palmyra", "Kobani", "Latakia", "Daraa", "Deraa", "Douma", "Manbij", "Tartus",
           "Damascus", "Qamishli", "Jarabulus", "al-Bab", "Ghouta", "Eastern Ghouta"],
    "IQ": ["Mosul", "Fallujah", "Falluja", "Ramadi", "Tikrit", "Kirkuk", "Basra", "Erbil",
           "Arbil", "Baghdad", "Najaf", "Karbala", "Samarra", "Baiji", "Sinjar"],
    "UA": ["Kyiv", "Kiev", "Donetsk", "Luhansk", "Lugansk", "Mariupol", "Kharkiv", "Kharkov",
           "Odesa", "Odessa", "Dnipro", "Kherson", "Zaporizhzhia", "Bakhmut", "Sevastopol"],
    "LY": ["Benghazi", "Sirte", "Misrata", "Tripoli", "Derna", "Tobruk"],
    "YE": ["Sanaa", "Sana'a", "Aden", "Hodeidah", "Taiz", "Marib"],
    "AF": ["Kabul", "Kandahar", "Helmand", "Kunduz", "Herat", "Jalalabad", "Mazar-i-Sharif"],
    "PK": ["Islamabad", "Peshawar", "Quetta", "Rawalpindi", "Lahore", "Karachi"],
    "IL": ["Jerusalem", "Tel Aviv", "Haifa"],
    "PS": ["Ramallah", "Gaza City", "Hebron", "Nablus", "Rafah", "Khan Younis"],
    "LB": ["Beirut", "Tripoli, Lebanon", "Sidon"],
    "TR": ["Ankara", "Istanbul", "Gaziantep", "Kilis", "Diyarbakir"],
    "RU": ["Moscow", "St Petersburg", "St. Petersburg", "Grozny", "Sochi"],
    "EG": ["Cairo", "Alexandria", "Sinai"],
    "NG": ["Abuja", "Lagos", "Maiduguri"],
    "ML": ["Bamako", "Timbuktu", "Gao"],
    "SO": ["Mogadishu"],
    "US": ["Washington", "New York", "Los Angeles", "Chicago", "Houston", "Detroit", "Boston"],
    "GB": ["London"],
    "BE": ["Brussels"],
    "CH": ["Geneva"],
    "AT": ["Vienna"],
    "QA": ["Doha"],
    "JO": ["Amman"],
    "IR": ["Tehran", "Teheran"],
    "SA": ["Riyadh", "Jeddah"],
    "LA": ["Vientiane"],
}

US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
]

# Postal-style abbreviations of US states and Canadian provinces in AP style ("Glasgow, Ky.",
# "Surrey, B.C."): the tagger reads them only after a comma and a capitalised place name.
REGION_ABBREVIATIONS = {
    "US": ["Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
           "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
           "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.",
           "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.",
           "Wis.", "Wyo.", "D.C."],
    "CA": ["B.C.", "Alta.", "Sask.", "Man.", "Ont.", "Que.", "N.S.", "N.B.", "Nfld.", "P.E.I."],
}

# Macro regions. Membership is by hand (not world-countries' UN subregions, which put Iran in
# South Asia and Egypt only in North Africa); a country may sit in several regions.
MACRO_REGIONS = {
    "middle-east": "AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE".split(),
    "north-africa": "DZ EG EH LY MA SD TN".split(),
    "sub-saharan-africa": ("AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR "
                           "LS MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TZ UG "
                           "ZA ZM ZW").split(),
    "europe": ("AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU "
               "LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK").split(),
    "eastern-europe": "BG BY CZ EE HU LT LV MD PL RO RU SK UA".split(),
    "caucasus": "AM AZ GE".split(),
    "central-asia": "KG KZ TJ TM UZ".split(),
    "south-asia": "AF BD BT IN LK MV NP PK".split(),
    "east-asia": "CN HK JP KP KR MN MO TW".split(),
    "southeast-asia": "BN ID KH LA MM MY PH SG TH TL VN".split(),
    "oceania": "AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS".split(),
    "north-america": "CA MX US".split(),
    "latin-america": ("AR BO BR CL CO CR CU DO EC GT HN HT MX NI PA PE PR PY SV UY VE").split(),
    "caribbean": "AG BB BS CU DM DO GD HT JM KN LC PR TT VC".split(),
}

# Macro-region names in text.
REGION_NAMES = {
    "Middle East": "middle-east", "Mideast": "middle-east", "North Africa": "north-africa",
    "sub-Saharan Africa": "sub-saharan-africa", "Sub-Saharan Africa": "sub-saharan-africa",
    "Europe": "europe", "Eastern Europe": "eastern-europe", "Caucasus": "caucasus",
    "Central Asia": "central-asia", "South Asia": "south-asia", "East Asia": "east-asia",
    "Southeast Asia": "southeast-asia", "South-East Asia": "southeast-asia",
    "Oceania": "oceania", "North America": "north-america", "Latin America": "latin-america",
    "South America": "latin-america", "Central America": "latin-america",
    "Caribbean": "caribbean",
}

# English demonyms the sources miss or spell only with a qualifier ("South Korean").
# "Soviet" reads as Russia so that historical copy (Reuters-21578) resolves.
DEMONYM_EXTRA = {
    "KR": ["Korean", "Koreans", "South Korean", "South Koreans"],
    "KP": ["North Korean", "North Koreans"],
    "GB": ["Briton", "Britons", "Scottish", "Welsh", "English"],
    "RU": ["Soviet", "Soviets"],
    "PH": ["Philippine"],
    "GR": ["Greeks"],
    "SA": ["Saudis"],
    "TR": ["Turk", "Turks"],
    "LA": ["Lao"],
    "UZ": ["Uzbek", "Uzbeks"],
    "KZ": ["Kazakh", "Kazakhs"],
    "AZ": ["Azeri", "Azeris"],
}
