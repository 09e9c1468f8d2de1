"""Build the gold YAML files of tests/dev/maui (the Maui wildfires that destroyed Lahaina, Hawaii, from
8 August 2023, and the tolls of the following days and weeks) from the hand-written spec below.

Usage: python make_gold.py   (the shared builder, tests/goldkit.py, with a new spec)

Every claim and not_claim is located by an anchor (a unique context string in the raw file text) so that
offsets are computed, never typed. Ids are assigned per kind in document order; groups refer to claims by a
local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import D, Marks, N, Q, R, T, TS  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["“", "«", '"', "‘"],
              ["”", "»", '"', "’"],
              pairs={"“": "”", "«": "»", '"': '"', "‘": "’"})

GREEN = "Josh Green"
SCHATZ = "Brian Schatz"
PELLETIER = "John Pelletier"
BIDEN = "Joe Biden"
BYRD = "John Byrd"

# subjects: the death toll by moment (never grouped across moments)
S_T36 = "death toll of the Maui wildfires, first county count (Wednesday 9 August 2023)"
S_T53 = "death toll of the Maui wildfires, Thursday 10 August 2023 (afternoon; county, Governor Green)"
S_T55 = "death toll of the Maui wildfires, Thursday 10 August 2023 (evening)"
S_T80 = "death toll of the Maui wildfires, Friday 11 August 2023"
S_T89 = "death toll of the Maui wildfires, Saturday 12 August 2023 (first figure of the day)"
S_T93 = "death toll of the Maui wildfires, Saturday 12 August 2023 (evening)"
S_T96 = "death toll of the Maui wildfires, Monday 14 August 2023"
S_T106 = "death toll of the Maui wildfires, Wednesday 16 August 2023"
S_T111 = "death toll of the Maui wildfires, Thursday 17 August 2023"
S_T115 = "death toll of the Lahaina fire as it stood from 21 August to 15 September 2023"
S_T97 = "death toll of the Lahaina fire revised on Friday 15 September 2023 (after DNA review)"
# other subjects shared by several pages
S_CENT = "period over which the Lahaina fire is the deadliest US wildfire"
S_STR17 = "buildings destroyed on Maui, Governor Green's estimate of Thursday 10 August 2023"
S_STR22 = "structures damaged or destroyed in Lahaina / West Maui (FEMA / Pacific Disaster Center estimate, from 12 August)"
S_COST = "estimated cost of the damage / of rebuilding Lahaina (FEMA estimate, 5.52 billion dollars)"
S_ACRES = "area burned by the Lahaina fire (acres)"
S_PCT80 = "share of Lahaina destroyed (Governor Green, 10 August 2023)"
S_UP544 = "structures affected by the upcountry (Kula) fire"
S_UP96 = "share of the upcountry fire's affected structures that were residential"
S_SHELT = "people needing shelter (county, Saturday 12 August 2023)"
S_HOMELESS = "people left homeless by the fires"
S_TSU_DATE = "year of the tsunami that was Hawaii's deadliest natural disaster before the fire (1960)"
S_TSU = "death toll of the 1960 tsunami in Hawaii"
S_CLOQ = "death toll of the 1918 Cloquet fire (Minnesota and Wisconsin)"
S_CAMP = "death toll of the 2018 Camp Fire in California"
S_388 = "people on the list of the unaccounted for released on Thursday 24 August 2023"
S_1732 = "people reported unaccounted for later found safe (as of Thursday 24 August 2023)"
S_AUG8 = "date the Lahaina fire broke out / roared through Lahaina"

DOCS = {}

DOCS["1001_hawaiitribuneherald"] = dict(
    language="en",
    items=[
        T("‘significantly’", key="q_sig_h", speaker=GREEN, attribution="Governor says (headline)",
          note="headline; Green's words 'very significantly' in the body"),
        N("2:30 p.m.", reason="time", note="time of the live update"),
        R("Tuesday", "Tuesday’s out-of-control", note="8 August 2023 (the fires broke out)"),
        Q("53", "wildfires to 53", key="t53", value=53, unit="people", qualifier=None, subject=S_T53),
        Q("17", "increase of 17", value=17, unit="people", qualifier=None,
          subject="increase of the death toll from Wednesday 9 to Thursday 10 August 2023 (36 to 53)"),
        R("Wednesday", "17 from Wednesday", note="9 August 2023"),
        T("“very significantly”", key="q_sig", speaker=GREEN, attribution="Green told CNN earlier"),
        R("Wednesday", "the Wednesday estimate", note="9 August 2023"),
        Q("36", "estimate of 36", value=36, unit="people", qualifier=None, subject=S_T36),
        T("“upwards of 1,700,”", speaker=GREEN, attribution="Green also said the estimate ... is"),
        Q("upwards of 1,700", key="str17", value=1700, unit="buildings", qualifier="more_than", subject=S_STR17,
          note="inside the quote"),
        R("Wednesday", "estimate Wednesday of 271", note="9 August 2023"),
        Q("271", value=271, unit="buildings", qualifier=None,
          subject="buildings destroyed on Maui, initial estimate of Wednesday 9 August 2023"),
        Q("about 11,000", value=11000, unit="people", qualifier="about",
          subject="people in West Maui without power (10 August 2023)"),
        T("“total devastation,”", speaker=GREEN, attribution="He described what he was seeing in Lahaina as"),
        Q("about 80%", key="pct80", value=80, unit="percent", qualifier="about", subject=S_PCT80),
        Q("hundreds", "with hundreds of families", value=200, unit="families", qualifier="at_least",
          subject="families displaced in Lahaina (10 August 2023)"),
        T("“billions of dollars,”", speaker=GREEN, attribution="He added that the damage ... will be in the ... he said"),
        Q("billions", "“billions of dollars", value=2000000000, unit="dollars", qualifier="at_least",
          subject="damage to property, Governor Green's first estimate (10 August 2023)",
          note="inside the quote; rough count as otis's 'billions'; not grouped with the later 5.5 billion estimate"),
        R("today", "disaster declaration today", note="Thursday 10 August 2023"),
        N("10:38 a.m.", reason="time", note="time of the live update"),
        R("today", "Joe Biden today", note="Thursday 10 August 2023"),
        T("“significant relief”", speaker=None,
          attribution="a presidential disaster declaration ... that will bring (words of the announcement; source not named)"),
        R("this week", "this week’s wildfires", note="the week of 7 August 2023"),
        TS("“Recovering", speaker=SCHATZ, attribution="U.S. Sen. Brian Schatz said in a statement"),
        TS("“I thank", speaker=SCHATZ, attribution="(continues) Schatz said in a statement"),
    ],
)

DOCS["1002_elmercurio"] = dict(
    language="es",
    items=[
        Q("53", "aumentó a 53", key="t53", value=53, unit="people", qualifier=None, subject=S_T53),
        D("1961", "tsunami de 1961", key="tsu_date", date="1961",
          note="as written; the tsunami that killed 61 people in Hawaii was in 1960 (other pages)"),
        Q("61", "murieron 61", key="tsu", value=61, unit="people", qualifier=None, subject=S_TSU),
        Q("más de mil", key="str17", value=1000, unit="structures", qualifier="more_than", subject=S_STR17,
          note="'más de mil estructuras destruidas en Lahaina y sus alrededores' (Green, Thursday)"),
        Q("miles", "dejando a miles", key="homeless", value=2000, unit="people", qualifier="at_least",
          subject=S_HOMELESS, note="'miles de personas sin su hogar'"),
    ],
)

DOCS["1003_pagina12"] = dict(
    language="es",
    items=[
        Q("por lo menos 55", value=55, unit="people", qualifier="at_least", subject=S_T55),
        Q("miles", "que miles de personas", key="homeless", value=2000, unit="people", qualifier="at_least",
          subject=S_HOMELESS, note="'miles de personas se quedaron sin hogar'"),
        Q("más de 800", value=800, unit="hectares", qualifier="more_than",
          subject="area burned by the fires on the two islands (10 August 2023)"),
        Q("dos", "en dos islas", value=2, unit="islands", qualifier=None,
          subject="islands hit by the fires (Maui and Hawaii island)"),
        TS('"Lo que', speaker=GREEN,
           attribution="declaró el gobernador del estado de Maui, Josh Green (sic: governor of Hawaii)"),
        T('"muy  significativamente"', key="q_sig", speaker=GREEN,
          attribution="quien advirtió que se espera que la cifra ... aumente (Green)", note="two spaces in the text"),
        Q("80 por ciento", key="pct80", value=80, unit="percent", qualifier=None, subject=S_PCT80),
        T('"completamente destruida"', speaker=GREEN, attribution="Green sostuvo que el 80 por ciento ... está"),
    ],
)

DOCS["1004_theasialive"] = dict(
    language="en",
    items=[
        Q("93", "reach 93 deaths", key="t93a", value=93, unit="people", qualifier=None, subject=S_T93, note="headline"),
        Q("93", "has reached 93", key="t93b", value=93, unit="people", qualifier=None, subject=S_T93),
        Q("more than a", "in more than a century", key="cent", value=1, unit="centuries", qualifier="more_than",
          subject=S_CENT, note="'the deadliest US wildfire in more than a century' (span as maria's 'casi un')"),
        Q("at least 2,200", key="str22", value=2200, unit="buildings", qualifier="at_least", subject=S_STR22,
          note="'damaged or destroyed in West Maui'"),
        Q("86%", value=86, unit="percent", qualifier=None,
          subject="share of the damaged or destroyed buildings in West Maui that were residential"),
        Q("around $6 billion", key="cost", value=6000000000, unit="dollars", qualifier="about", subject=S_COST,
          note="'The damage across the island is estimated at around $6 billion' (the 5.52 billion estimate, rounded)"),
        T("“incredible amount of time”", speaker=None,
          attribution="it would take an ... to recover (source not named in the text)"),
        Q("89", "number of 89", value=89, unit="people", qualifier=None, subject=S_T89),
        Q("93", "raised to 93", key="t93c", value=93, unit="people", qualifier=None, subject=S_T93),
        Q("At least two", value=2, unit="fires", qualifier="at_least",
          subject="other fires burning on Maui (Kihei, upcountry), 12 August 2023"),
        R("Friday evening", note="11 August 2023"),
        Q("544", "affected 544", key="up544", value=544, unit="structures", qualifier=None, subject=S_UP544),
        Q("96%", key="up96", value=96, unit="percent", qualifier=None, subject=S_UP96),
        R("early Saturday", note="12 August 2023"),
        Q("about 4,500", key="shelt", value=4500, unit="people", qualifier="about", subject=S_SHELT),
        TS("“We need", speaker=PELLETIER, attribution="Pelletier said"),
        D("2018", "the 2018 Camp Fire", key="camp_date", date="2018", note="the Camp Fire (Paradise, California)"),
        Q("85", "killed 85", key="camp", value=85, unit="people", qualifier=None, subject=S_CAMP),
        Q("A", "A century ago", value=1, unit="centuries", qualifier=None, subject="time since the Cloquet fire (1918)",
          note="'A century ago' (1918): a duration, as otis's 'Un día después'"),
        D("1918", "Minnesota in 1918", key="cloq_date", date="1918", note="the Cloquet fire"),
        Q("thousands", "destroying thousands", value=2000, unit="homes", qualifier="at_least",
          subject="homes destroyed by the Cloquet fire (1918)"),
        Q("hundreds", "killing hundreds", key="cloq", value=200, unit="people", qualifier="at_least", subject=S_CLOQ,
          note="rough count; the NFPA figure is 453"),
        Q("decades", "disaster in decades", value=20, unit="years", qualifier="at_least",
          subject="period over which the fire is Hawaii's deadliest natural disaster",
          note="'in decades': rough count (two decades at least), as 'dozens' and 'hundreds'"),
        D("1960", "the 1960 tsunami", key="tsu_date", date="1960"),
        Q("61", "killed 61", key="tsu", value=61, unit="people", qualifier=None, subject=S_TSU),
        D("1946", date="1946", note="an even more deadly tsunami (cut by the excerpt)"),
    ],
)

DOCS["1005_teleradioamerica"] = dict(
    language="es",
    items=[
        Q("93", "ascendido a 93", key="t93", value=93, unit="people", qualifier=None, subject=S_T93),
        Q("110", "últimos 110 años", key="cent", value=110, unit="years", qualifier=None, subject=S_CENT,
          note="'el incendio forestal estadounidense más mortífero de los últimos 110 años': the Cloquet fire of 1918 "
               "(453 dead) was 105 years before; the others say more than a century / since 1918"),
        Q("más de 2.200", key="str22", value=2200, unit="structures", qualifier="more_than", subject=S_STR22,
          note="FEMA: 'resultaron dañadas o destruidas'"),
        Q("más de 2.100", key="acres", value=2100, unit="acres", qualifier="more_than", subject=S_ACRES),
        Q("850", "(850 ha)", value=850, unit="hectares", qualifier=None, subject="area burned by the Lahaina fire (hectares)",
          note="conversion of the acres, kept apart as notredame/keybridge keep conversions"),
        Q("550 millones de dólares", key="cost", value=550000000, unit="dollars", qualifier=None, subject=S_COST,
          note="'el coste de la reconstrucción de Lahaina se estima en 550 millones de dólares' (FEMA): a tenth of "
               "the 5.52 billion estimate"),
        Q("cuatro", "conoció cuatro días", value=4, unit="days", qualifier=None,
          subject="time from the fires to the damage estimate"),
        T("El número de muertos seguirá aumentando. Queremos que la gente esté preparada para ello’", speaker=GREEN,
          attribution="dijo el gobernador de Hawai, Josh Green, en un vídeo",
          note="no opening mark: the span starts at the quoted words and ends at the closing ’"),
        Q("1.418", value=1418, unit="people", qualifier=None, subject="people in temporary shelters (12-13 August 2023)"),
        Q("seis", "en seis refugios", value=6, unit="shelters", qualifier=None, subject="temporary shelters opened"),
    ],
)

DOCS["1006_espaciosinaloa"] = dict(
    language="es",
    items=[
        D("8", "Este 8 y 9", key="aug8", date="--08-08",
          note="'Este 8 y 9 de agosto': two dates (as 'between 2004 and 2009'); 2023"),
        D("9 de agosto", "y 9 de agosto", date="--08-09", note="2023; the second day of the fires"),
        Q("más de 80", value=80, unit="people", qualifier="more_than", subject=S_T80),
        Q("cientos", "hay cientos de desaparecidos, muchos", key="cien1", value=200, unit="people",
          qualifier="at_least", subject="people missing (11-12 August 2023)"),
        Q("cientos", "Hay cientos de desaparecidos todavía", key="cien2", value=200, unit="people",
          qualifier="at_least", subject="people missing (11-12 August 2023)"),
        R("el pasado jueves", note="10 August 2023"),
        Q("unas 1.000", value=1000, unit="people", qualifier="about",
          subject="people missing, Police Chief Pelletier's estimate of Thursday 10 August 2023"),
        Q("61", "mató a 61", key="tsu", value=61, unit="people", qualifier=None, subject=S_TSU),
        D("1960", "personas en 1960", key="tsu_date", date="1960"),
        Q("un", "un año después", value=1, unit="years", qualifier=None,
          subject="time from Hawaii's statehood (1959) to the 1960 tsunami"),
        D("1918", "desde 1918", key="cloq_date", date="1918"),
        Q("453", "cuando 453", key="cloq", value=453, unit="people", qualifier=None, subject=S_CLOQ),
        R("el sábado", note="12 August 2023"),
        Q("544", "afectado a 544", key="up544", value=544, unit="structures", qualifier=None, subject=S_UP544),
        Q("96%", key="up96", value=96, unit="percent", qualifier=None, subject=S_UP96),
        Q("unas 4,500", key="shelt", value=4500, unit="people", qualifier="about", subject=S_SHELT),
        Q("unos 3,560", value=3560, unit="gallons", qualifier="about",
          subject="water needed per day for the people affected"),
        TS("«Solo", end="eof", speaker=None,
           attribution="(cut by the excerpt before the attribution)",
           note="the excerpt is cut inside the quote; no closing mark; the speaker is not named in the text"),
    ],
)

DOCS["1007_lifelines"] = dict(
    language="en",
    items=[
        Q("96", "stands at 96", key="t96a", value=96, unit="people", qualifier=None, subject=S_T96, note="headline"),
        Q("hundreds", "as hundreds remain", key="h1", value=200, unit="people", qualifier="at_least",
          subject="people missing (14 August 2023)", note="headline"),
        Q("96", "stood at 96", key="t96b", value=96, unit="people", qualifier=None, subject=S_T96),
        R("Monday", "on Monday", note="14 August 2023"),
        Q("more than 100", key="cent", value=100, unit="years", qualifier="more_than", subject=S_CENT),
        Q("Hundreds", "Hundreds remained", key="h2", value=200, unit="people", qualifier="at_least",
          subject="people missing (14 August 2023)"),
        TS("“I do", speaker=GREEN, attribution="the governor of Hawaii, Josh Green, told reporters"),
        D("1918", "since 1918", key="cloq_date", date="1918"),
        Q("453", "when 453", key="cloq", value=453, unit="people", qualifier=None, subject=S_CLOQ),
        Q("1,152", value=1152, unit="people", qualifier=None,
          subject="death toll of the Peshtigo fire (1871), the worst US wildfire (NFPA)"),
        D("1871", date="1871", note="the Peshtigo fire"),
        D("2018", "In 2018", key="camp_date", date="2018", note="the Camp fire"),
        Q("86", "killed 86", key="camp", value=86, unit="people", qualifier=None, subject=S_CAMP,
          note="the Camp Fire's official toll is 85 (as 1004)"),
        Q("44", value=44, unit="people", qualifier=None, subject="death toll of a 2017 California wildfire (NFPA list)"),
        D("2017", date="2017"),
        Q("31", value=31, unit="people", qualifier=None, subject="death toll of a 2020 California wildfire (NFPA list)"),
        D("2020", date="2020"),
        R("last Tuesday", note="8 August 2023"),
        Q("13,000", value=13000, unit="people", qualifier=None, subject="population of Lahaina",
          note="'the town of 13,000'"),
        TS("“There’s", speaker=GREEN, attribution="Green told reporters"),
        R("Late on Sunday", note="13 August 2023"),
        Q("two", "said two fires", value=2, unit="fires", qualifier=None,
          subject="fires on Maui not yet fully contained (13 August 2023)"),
        TS("“We’ll", speaker=GREEN, attribution="Green said"),
        Q("more than 2,200", key="str22", value=2200, unit="structures", qualifier="more_than", subject=S_STR22,
          note="'structures damaged o[r destroyed]' (cut by the excerpt)"),
    ],
)

DOCS["1008_diariopopular"] = dict(
    language="es",
    items=[
        R("este miércoles", "elevaron este miércoles", note="16 August 2023"),
        Q("106", value=106, unit="people", qualifier=None, subject=S_T106),
        Q("75", "al 75 y", value=75, unit="percent", qualifier=None,
          subject="containment of one of the main Maui fires (16 August 2023)",
          note="'al 75 y el 80 por ciento': two figures, for different fires"),
        Q("80 por ciento", value=80, unit="percent", qualifier=None,
          subject="containment of another of the main Maui fires (16 August 2023)",
          note="not the 80% of Lahaina destroyed"),
        Q("cinco", "sólo cinco", value=5, unit="people", qualifier=None,
          subject="victims identified (16 August 2023)"),
        Q("dos", "trascendieron dos identidades", value=2, unit="identities", qualifier=None,
          subject="identified victims whose names were released (16 August 2023)"),
        Q("dos", "las de dos varones", value=2, unit="people", qualifier=None,
          subject="identified victims whose names were released (16 August 2023)",
          note="'dos varones': the same two, anaphoric count (as keybridge)"),
        Q("74", "de 74 y", value=74, unit="years", qualifier=None, subject="age of the first victim named"),
        Q("79", "y 79 años", value=79, unit="years", qualifier=None, subject="age of the second victim named"),
        Q("tres", "otros tres nombres", value=3, unit="names", qualifier=None,
          subject="identified victims whose names were withheld until their families are notified"),
        R("este miércoles", "también aseguró este miércoles", note="16 August 2023"),
        Q("dos", "hay dos personas", value=2, unit="people", qualifier=None,
          subject="Mexican nationals among the dead (Mexico's foreign ministry)"),
        TS('"No quiero', speaker=BIDEN, attribution="sostuvo el mandatario (Joe Biden, named the sentence before)"),
        Q("más de 2.200", key="str22", value=2200, unit="structures", qualifier="more_than", subject=S_STR22,
          note="'El fuego destruyó más de 2.200 estructuras'"),
        Q("5.500 millones de dólares", key="cost", value=5500000000, unit="dollars", qualifier=None,
          subject=S_COST, note="'las pérdidas se estiman en 5.500 millones de dólares'"),
        Q("miles", "los miles de damnificados", key="homeless", value=2000, unit="people", qualifier="at_least",
          subject=S_HOMELESS, note="'los miles de damnificados que quedaron sin hogar'"),
        Q("dos", "hacerlo con dos", value=2, unit="bodies", qualifier=None,
          subject="recovered bodies identified (as written)",
          note="'solo pudieron hacerlo con dos': the page said five identified two paragraphs before (two named)"),
    ],
)

DOCS["1009_kitv"] = dict(
    language="en",
    items=[
        D("Aug. 17, 2023", date="2023-08-17", note="photo caption (the weekday 'Thursday' left out, as maria)"),
        N("9 p.m.", reason="time", note="time of the live update"),
        Q("111", value=111, unit="people", qualifier=None, subject=S_T111),
        Q("90%", value=90, unit="percent", qualifier=None, subject="containment of the Lahaina fire (17 August 2023)"),
        Q("some 2,170", key="acres", value=2170, unit="acres", qualifier="about", subject=S_ACRES),
    ],
)

DOCS["1010_staradvertiser"] = dict(
    language="en",
    items=[
        R("Thursday night", "officials Thursday night", note="24 August 2023"),
        Q("388", key="m388", value=388, unit="people", qualifier=None, subject=S_388),
        Q("over a", "in over a century", key="cent", value=1, unit="centuries", qualifier="more_than",
          subject=S_CENT),
        D("Aug. 8", key="aug8", date="--08-08", note="2023"),
        TS("“We’re releasing", speaker=PELLETIER, attribution="said Police Chief John Pelletier"),
        TS("“We also know", key="q_pel", speaker=PELLETIER, attribution="(continues) said Police Chief John Pelletier"),
        Q("three", "three criteria", value=3, unit="criteria", qualifier=None,
          subject="criteria for a name to be on the list of the unaccounted for"),
        N("808-566-4300", reason="identifier", note="FBI telephone number"),
        R("Thursday night", "said Thursday night", note="24 August 2023"),
        Q("1,732", key="safe", value=1732, unit="people", qualifier=None, subject=S_1732),
        Q("115", "remains at 115", key="t115a", value=115, unit="people", qualifier=None, subject=S_T115),
        R("this week", "115 this week", note="the week of 21 August 2023"),
        TS("“To my", speaker=GREEN, attribution="Green told the Honolulu Star-Advertiser"),
        R("Thursday", "Star-Advertiser on Thursday", note="24 August 2023"),
        TS("“It’s a very", speaker=GREEN, attribution="(continues) Green told the Honolulu Star-Advertiser"),
        R("this weekend", note="26-27 August 2023"),
        TS("“Our heartache", speaker=GREEN, attribution="he said (Green)"),
        Q("115", "stands at 115", key="t115b", value=115, unit="people", qualifier=None, subject=S_T115,
          note="inside the quote"),
        TS("“God willing", speaker=GREEN, attribution="(continues) he said"),
    ],
)

DOCS["1011_dmilinda"] = dict(
    language="es",
    items=[
        Q("388", "nombres de 388 desaparecidos", key="m388a", value=388, unit="people", qualifier=None,
          subject=S_388, note="headline"),
        Q("al menos a 115", key="t115a", value=115, unit="people", qualifier="at_least", subject=S_T115,
          note="video caption ('han matado al menos a 115 personas')"),
        R("el jueves", "publicó el jueves", note="24 August 2023"),
        Q("388", "nombres de 388 personas", key="m388b", value=388, unit="people", qualifier=None, subject=S_388),
        Q("más de dos", value=2, unit="weeks", qualifier="more_than",
          subject="time from the fire to the release of the list of the missing"),
        Q("más de un", "en más de un siglo", key="cent", value=1, unit="centuries", qualifier="more_than",
          subject=S_CENT),
        Q("115", "asciende a 115", key="t115b", value=115, unit="people", qualifier=None, subject=S_T115),
        TS('"También', key="q_pel1", speaker=PELLETIER,
           attribution="dijo el jefe de policía John Pelletier en un comunicado"),
        TS('"Esto no', key="q_pel2", speaker=PELLETIER, attribution="(continues) Pelletier"),
        N('"Lomsey"', reason="other", note="quoted nickname"),
        D("21 de agosto de 2023", date="2023-08-21", note="photo caption ('el lunes' left out)"),
        R("principios de este mes", note="early August 2023 ('a principios de este mes')"),
        Q("1.732", key="safe", value=1732, unit="people", qualifier=None, subject=S_1732),
        R("el jueves por la tarde", note="24 August 2023"),
        R("El miércoles", note="23 August 2023"),
        Q("1.000 y 1.100", value=1000, unit="names", qualifier="at_least",
          subject="names on the FBI's provisional list of the missing (Wednesday 23 August 2023)",
          note="range 'entre 1.000 y 1.100': one claim, at least the first number and at most the second "
               "(as keybridge's '12 to 24')"),
    ],
)

DOCS["1012_independentespanol"] = dict(
    language="es",
    items=[
        Q("97", "descendió a 97", key="t97a", value=97, unit="people", qualifier=None, subject=S_T97, note="headline"),
        N("Viernes, 15 de septiembre de 2023", reason="chrome", note="page timestamp"),
        N("20:40", reason="time", note="page timestamp"),
        Q("cuando menos 97", key="t97b", value=97, unit="people", qualifier="at_least", subject=S_T97),
        Q("al menos 115", key="t115", value=115, unit="people", qualifier="at_least", subject=S_T115,
          note="the previous toll"),
        Q("41", value=41, unit="people", qualifier=None, subject="people unaccounted for before the 15 September update"),
        Q("31", value=31, unit="people", qualifier=None, subject="people unaccounted for, 15 September 2023"),
        R("el viernes por la tarde", note="15 September 2023"),
        D("8 de agosto", key="aug8", date="--08-08", note="2023"),
        Q("74", value=74, unit="people", qualifier=None, subject="dead positively identified (15 September 2023)"),
        Q("más de un", "en más de un siglo", key="cent", value=1, unit="centuries", qualifier="more_than",
          subject=S_CENT),
        T("“normal y natural”", speaker=BYRD, attribution="Byrd dijo ... y agregó que ... es resultado del avance"),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "agree", [("1001", "t53"), ("1002", "t53")],
  "toll of Thursday 10 August 2023: 53 (county, Governor Green)")
g("quantity", "agree", [("1004", "t93a"), ("1004", "t93b"), ("1004", "t93c"), ("1005", "t93")],
  "toll of Saturday 12 August 2023: 93 (The Asia Live headline and text; Teleradio América after the county's web page)")
g("quantity", "single-source", [("1007", "t96a"), ("1007", "t96b")],
  "toll of Monday 14 August 2023: 96, headline and text of the Guardian story")
g("quantity", "agree",
  [("1010", "t115a"), ("1010", "t115b"), ("1011", "t115a"), ("1011", "t115b"), ("1012", "t115")],
  "the toll that stood from 21 August to 15 September 2023: 115 (Star-Advertiser, also in Green's quote; CNN "
  "via dmilinda 'al menos a 115' / 'asciende a 115'; AP's 'Previamente ... al menos 115')")
g("quantity", "single-source", [("1012", "t97a"), ("1012", "t97b")],
  "toll revised on 15 September 2023: 97 / cuando menos 97 (AP in Spanish)")
g("quantity", "agree",
  [("1004", "cent"), ("1005", "cent"), ("1007", "cent"), ("1010", "cent"), ("1011", "cent"), ("1012", "cent")],
  "the deadliest US wildfire in more than a century / more than 100 years / más de un siglo; Teleradio América's "
  "'de los últimos 110 años' is compatible with these values (but not with the 1918 Cloquet fire, 105 years before)")
g("quantity", "agree", [("1001", "str17"), ("1002", "str17")],
  "buildings destroyed, Green's estimate of Thursday 10 August: 'upwards of 1,700' / 'más de mil estructuras'")
g("quantity", "agree", [("1004", "str22"), ("1005", "str22"), ("1007", "str22"), ("1008", "str22")],
  "structures damaged or destroyed in Lahaina: at least / more than / más de 2,200 (Diario Popular: 'destruyó')")
g("quantity", "contradict", [("1004", "cost"), ("1005", "cost"), ("1008", "cost")],
  "estimated cost of the damage / of rebuilding Lahaina (FEMA: 5.52 billion dollars): around $6 billion (The Asia "
  "Live), 5.500 millones de dólares (Diario Popular) vs '550 millones de dólares' (Teleradio América), a tenth")
g("quantity", "agree", [("1005", "acres"), ("1009", "acres")],
  "area burned by the Lahaina fire: más de 2.100 acres / some 2,170 acres")
g("quantity", "agree", [("1001", "pct80"), ("1003", "pct80")],
  "Green, 10 August: about 80% of Lahaina destroyed / el 80 por ciento de la ciudad")
g("quantity", "agree", [("1004", "up544"), ("1006", "up544")], "upcountry fire: 544 structures affected")
g("quantity", "agree", [("1004", "up96"), ("1006", "up96")], "upcountry fire: 96% of those structures residential")
g("quantity", "agree", [("1004", "shelt"), ("1006", "shelt")], "about / unas 4,500 people needing shelter")
g("quantity", "agree", [("1002", "homeless"), ("1003", "homeless"), ("1008", "homeless")],
  "thousands left homeless: miles de personas sin hogar / miles de damnificados")
g("date", "contradict", [("1002", "tsu_date"), ("1004", "tsu_date"), ("1006", "tsu_date")],
  "year of the tsunami that killed 61 people, Hawaii's deadliest natural disaster before the fire: 1960 (The Asia "
  "Live, Espacio Sinaloa, 'un año después' of statehood) vs 'el tsunami de 1961' (El Mercurio)")
g("quantity", "agree", [("1002", "tsu"), ("1004", "tsu"), ("1006", "tsu")], "the 1960 tsunami killed 61 people")
g("date", "agree", [("1004", "cloq_date"), ("1006", "cloq_date"), ("1007", "cloq_date")],
  "the Cloquet fire, 1918 (the last US wildfire deadlier than Lahaina's)")
g("quantity", "agree", [("1004", "cloq"), ("1006", "cloq"), ("1007", "cloq")],
  "Cloquet fire death toll: 453 (NFPA) / 'killing hundreds'")
g("date", "agree", [("1004", "camp_date"), ("1007", "camp_date")], "the Camp Fire, 2018")
g("quantity", "contradict", [("1004", "camp"), ("1007", "camp")],
  "Camp Fire death toll: 85 (The Asia Live, AP wording) vs 86 (the Guardian story)")
g("quantity", "agree", [("1010", "m388"), ("1011", "m388a"), ("1011", "m388b")],
  "the list of 388 names of the unaccounted for (released Thursday 24 August)")
g("quantity", "agree", [("1010", "safe"), ("1011", "safe")], "1,732 / 1.732 people reported missing found safe")
g("date", "agree", [("1006", "aug8"), ("1010", "aug8"), ("1012", "aug8")],
  "the fire of 8 August (Espacio Sinaloa: 'Este 8 y 9 de agosto')")
g("quantity", "single-source", [("1006", "cien1"), ("1006", "cien2")], "cientos de desaparecidos, twice in one page")
g("quantity", "single-source", [("1007", "h1"), ("1007", "h2")], "hundreds missing (14 August), headline and text")
g("quote", "variant", [("1001", "q_sig_h"), ("1001", "q_sig"), ("1003", "q_sig")],
  "Green on the toll: ‘significantly’ (headline), “very significantly” (CNN), \"muy significativamente\" (Página/12)")
g("quote", "variant", [("1010", "q_pel"), ("1011", "q_pel1"), ("1011", "q_pel2")],
  "Pelletier, 24 August: “We also know that once those names come out ... as complete and thorough as possible.” "
  "(Star-Advertiser) and CNN's Spanish translation in two quotes (\"También sabemos ...\", \"Esto no es algo fácil "
  "...\")")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
